package vn.vientro.project.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.vientro.common.Problems;
import vn.vientro.common.domain.ProblemCode;
import vn.vientro.project.service.HistoryImport;
import static vn.vientro.report.rest.ReportResource.XLSX;
import vn.vientro.security.Roles;
import vn.vientro.security.service.CurrentUser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

/**
 * The Excel template for the province's earlier projects and disbursements, and its upload (all or nothing).
 * The upload records projects as already approved, so only an administrator may do it.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/import")
@Tag(name = "Nhập dữ liệu / Import")
public class ImportResource {

    @Inject
    HistoryImport history;

    @Inject
    CurrentUser user;

    @GET
    @Path("/template")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @Produces(XLSX)
    @APIResponse(responseCode = "200", description = "The Excel template", content = @Content(mediaType = XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template() {
        StreamingOutput body = history::template;
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"mau-nhap-du-an.xlsx\"").build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(HistoryImport.Result.class)
    @APIResponse(responseCode = "415", description = "Not a multipart/form-data upload")
    public HistoryImport.Result upload(@RestForm("file") FileUpload file) throws IOException {
        if (file == null) {
            throw Problems.invalid("file", ProblemCode.REQUIRED, "required: the filled-in template (.xlsx)");
        }
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            return history.importWorkbook(in, user.actor());
        }
    }
}
