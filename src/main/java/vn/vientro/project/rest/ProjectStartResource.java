package vn.vientro.project.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vientro.project.service.ProjectLifecycle;
import vn.vientro.security.Roles;
import vn.vientro.security.service.CurrentUser;

import java.time.LocalDate;

/**
 * Confirming that the aid has started (Decree 80/2020 Art. 4(7)): the start watchdog then ends at its next look.
 * Officer and admin confirm on the aid owner's behalf.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/projects/{id}/start")
@Tag(name = "Dự án / Projects")
public class ProjectStartResource {

    @Inject
    ProjectLifecycle lifecycle;

    @Inject
    CurrentUser user;

    public record StartInput(@NotNull LocalDate date) {
    }

    /** The project's start as recorded. */
    public record Started(long projectId, LocalDate startedOn, String confirmedBy) {
    }

    @POST
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @APIResponseSchema(value = Started.class, responseDescription = "Recorded (a later confirmation corrects the date)")
    @APIResponse(responseCode = "409", description = "The proposal is not a running project (not approved, revoked or closed)")
    public Started confirm(@PathParam("id") long id, @Valid @NotNull StartInput in) {
        var p = lifecycle.confirmStart(id, in.date(), user.actor().username());
        return new Started(p.id, p.startConfirmedOn, p.startConfirmedBy);
    }
}
