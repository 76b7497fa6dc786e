package vn.vientro.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vientro.document.rest.GeneratedDocumentResource;
import vn.vientro.document.service.GeneratedDocuments;
import vn.vientro.report.service.MinistryReportService;
import vn.vientro.report.service.MinistryReports;
import vn.vientro.security.Roles;

/**
 * The province's annual report to the Ministry of Finance (Decree 80/2020 Art. 13(9)): each year's status, and the
 * consolidated workbook and covering letter of a year, for the Department of Foreign Affairs who sends it.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/reports/ministry")
@Tag(name = "Báo cáo năm gửi Bộ / Annual report to the ministry")
@RolesAllowed({Roles.OFFICER, Roles.LEADERSHIP, Roles.ADMIN})
public class MinistryReportResource {

    @Inject
    MinistryReports reports;

    @Inject
    MinistryReportService service;

    /** Every year's report, newest first (due, sent on, how, by whom), and when the next one starts. */
    @GET
    public MinistryReports.Overview overview() {
        return reports.overview();
    }

    @GET
    @Path("/{year}/workbook")
    @Produces({ReportResource.XLSX, "application/problem+json"})
    @APIResponse(responseCode = "200", description = "The consolidated workbook", content = @Content(mediaType = ReportResource.XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "The year has not begun")
    @APIResponse(responseCode = "422", description = "An exchange rate the figures need is missing: missingRates lists them")
    public Response workbook(@PathParam("year") @Min(1990) @Max(2100) int year,
                             @QueryParam("lang") @DefaultValue("vi") @Pattern(regexp = "vi|en", message = "{language}") String lang) {
        String name = ("en".equals(lang) ? "report-to-ministry-" : "bao-cao-bo-tai-chinh-") + year + ".xlsx";
        return ReportResource.download(service.workbook(year, "en".equals(lang)), name);
    }

    @GET
    @Path("/{year}/letter")
    @Produces({GeneratedDocumentResource.DOCX, "application/problem+json"})
    @APIResponse(responseCode = "200", description = "The covering letter", content = @Content(mediaType = GeneratedDocumentResource.DOCX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "The year has not begun")
    @APIResponse(responseCode = "422", description = "An exchange rate the figures need is missing, or the template asks for data the report lacks")
    public Response letter(@PathParam("year") @Min(1990) @Max(2100) int year) {
        GeneratedDocuments.Generated letter = service.letter(year);
        return Response.ok(letter.content(), GeneratedDocumentResource.DOCX)
                .header("Content-Disposition", "attachment; filename=\"" + letter.fileName() + "\"").build();
    }
}
