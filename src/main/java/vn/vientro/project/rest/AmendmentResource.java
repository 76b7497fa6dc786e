package vn.vientro.project.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import vn.vientro.project.domain.Amendment;
import vn.vientro.project.service.AmendmentService;
import vn.vientro.security.Roles;
import vn.vientro.security.service.CurrentUser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Amendments of approved projects: an officer requests, the approver decides in the task inbox. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/projects/{id}/amendments")
@Tag(name = "Điều chỉnh dự án / Amendments")
public class AmendmentResource {

    @Inject
    AmendmentService amendments;

    @Inject
    CurrentUser user;

    public record AmendmentInput(@DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
                                 @Digits(integer = 17, fraction = 2) BigDecimal newAmount,
                                 LocalDate newPlannedEnd,
                                 @NotBlank @Size(max = 2000) String reason) {
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN})
    public List<Amendment> list(@PathParam("id") long id) {
        return amendments.list(id);
    }

    @POST
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @APIResponseSchema(value = Amendment.class, responseCode = "201", responseDescription = "Requested: the approver decides in the task inbox")
    @APIResponse(responseCode = "409", description = "The proposal is not an approved project, or an amendment already waits for a decision")
    public Response request(@PathParam("id") long id, @Valid @NotNull AmendmentInput in) {
        Amendment created = amendments.request(id, in.newAmount(), in.newPlannedEnd(), in.reason(), user.actor());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
