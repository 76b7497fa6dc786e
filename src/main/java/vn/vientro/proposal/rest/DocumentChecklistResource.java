package vn.vientro.proposal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vientro.common.Problems;
import vn.vientro.common.domain.ProblemCode;
import vn.vientro.proposal.domain.AidKind;
import vn.vientro.proposal.service.ChecklistService;
import vn.vientro.security.Roles;

import java.util.List;

/** The dossier checklist of a kind of aid, for a form before the proposal exists. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/document-checklist")
@Tag(name = "Đề xuất viện trợ / Aid proposals")
public class DocumentChecklistResource {

    @Inject
    ChecklistService checklists;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.CONSULTEE, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN})
    public ChecklistService.Checklist forKind(@QueryParam("kind") String kind) {
        // Read as text so a missing or unknown kind is a 400 naming the parameter, not the framework's bare 404.
        List<AidKind> accepted = List.of(AidKind.values());
        if (kind == null || kind.isBlank()) {
            throw Problems.invalidParameter("kind", ProblemCode.REQUIRED, "required: one of " + accepted);
        }
        try {
            return checklists.forKind(AidKind.valueOf(kind.strip()));
        } catch (IllegalArgumentException e) {
            throw Problems.invalidParameter("kind", ProblemCode.NOT_ONE_OF, "unknown kind " + kind + "; one of " + accepted,
                    accepted);
        }
    }
}
