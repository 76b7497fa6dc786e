package vn.vientro.dispatch.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vientro.dispatch.service.DispatchService;
import vn.vientro.dispatch.service.DispatchView;
import vn.vientro.proposal.service.ProposalQueries;
import vn.vientro.security.Roles;
import vn.vientro.security.service.CurrentUser;

/** To whom the decision was sent, when and how (Art. 11(2)); recorded by completing the send-the-decision step. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/proposals/{id}/dispatches")
@Tag(name = "Văn bản sau quyết định / Documents after the decision")
public class DispatchResource {

    @Inject
    DispatchService dispatches;

    @Inject
    ProposalQueries queries;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.CONSULTEE, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN})
    public DispatchView get(@PathParam("id") long id) {
        queries.visible(id, user.actor());
        return dispatches.view(id);
    }
}
