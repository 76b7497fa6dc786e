package vn.vientro.document.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vientro.document.service.GeneratedDocuments;
import vn.vientro.security.Roles;
import vn.vientro.security.service.CurrentUser;

/**
 * The documents drafted after the committee's decision (and after a revocation), as Word files for the office to
 * check, number and sign.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/proposals/{id}/documents/generated")
@Tag(name = "Văn bản sau quyết định / Documents after the decision")
public class GeneratedDocumentResource {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    GeneratedDocuments documents;

    @Inject
    CurrentUser user;

    @GET
    @Path("/{kind}")
    @Produces({DOCX, "application/problem+json"})
    @RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The drafted document", content = @Content(mediaType = DOCX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = "The proposal is not in the state the document needs: "
            + "decision, donor-notice and ministry-letter need APPROVED, refusal needs REJECTED, revocation and "
            + "revocation-notice (the revocation decision and its notice to the donor, Art. 4(7)) need REVOKED")
    @APIResponse(responseCode = "422", description = "The proposal lacks data the document's template uses: missingFields names it")
    public Response generate(@PathParam("id") long id,
                             @PathParam("kind") @Parameter(description = "Which document", schema = @Schema(type = SchemaType.STRING,
                                     enumeration = {"decision", "donor-notice", "ministry-letter", "refusal", "revocation", "revocation-notice"})) String kind) {
        GeneratedDocuments.Generated document = documents.generate(id, kind, user.actor());
        return Response.ok(document.content(), DOCX)
                .header("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"").build();
    }
}
