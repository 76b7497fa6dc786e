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
import vn.vientro.project.service.DisbursementService;
import vn.vientro.project.service.Projects;
import vn.vientro.security.Roles;
import vn.vientro.security.service.CurrentUser;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Approved projects' disbursements: officer and admin record, appraiser, approver and leadership read, an aid owner
 * reads those of the projects its unit owns.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/projects/{id}/disbursements")
@Tag(name = "Giải ngân / Disbursements")
public class ProjectResource {

    @Inject
    DisbursementService disbursements;

    @Inject
    CurrentUser user;

    @Inject
    Projects projects;

    public record DisbursementInput(@NotNull LocalDate date,
                                    @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
                                    @Digits(integer = 17, fraction = 2) BigDecimal amount,
                                    @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "{currency-code}") String currency,
                                    @Size(max = 100) String reference, @Size(max = 2000) String note,
                                    @Size(max = 2000) String overrideReason) {
    }

    public record ReversalInput(@NotBlank @Size(max = 2000) String reason) {
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN, Roles.AID_OWNER})
    @APIResponseSchema(DisbursementService.Ledger.class)
    @APIResponse(responseCode = "403", description = "An aid owner's call for a project its unit does not own")
    @APIResponse(responseCode = "409", description = "The proposal is not an approved project")
    public DisbursementService.Ledger ledger(@PathParam("id") long id) {
        projects.requireVisible(id, user.actor());
        return disbursements.ledger(id);
    }

    @POST
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @APIResponseSchema(value = DisbursementService.Ledger.class, responseCode = "201", responseDescription = "Recorded: the ledger after it")
    @APIResponse(responseCode = "409", description = "The proposal is not an approved project")
    @APIResponse(responseCode = "422", description = "No exchange rate on or before the date to check the commitment: missingRates lists it")
    public Response record(@PathParam("id") long id, @Valid @NotNull DisbursementInput in) {
        var ledger = disbursements.record(id, new DisbursementService.Entry(in.date(), in.amount(), in.currency(),
                in.reference(), in.note(), in.overrideReason()), user.actor());
        return Response.status(Response.Status.CREATED).entity(ledger).build();
    }

    @POST
    @Path("/{entryId}/reversal")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @APIResponseSchema(value = DisbursementService.Ledger.class, responseCode = "201", responseDescription = "Reversed: the ledger after it")
    @APIResponse(responseCode = "409", description = "The proposal is not an approved project, or the entry is a reversal or already reversed")
    public Response reverse(@PathParam("id") long id, @PathParam("entryId") long entryId,
                            @Valid @NotNull ReversalInput in) {
        var ledger = disbursements.reverse(id, entryId, in.reason(), user.actor());
        return Response.status(Response.Status.CREATED).entity(ledger).build();
    }
}
