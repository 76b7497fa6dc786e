package vn.vientro.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import vn.vientro.common.domain.ProblemCode;
import vn.vientro.report.service.ReportService;
import vn.vientro.security.Roles;

import java.nio.file.Files;


/** Excel reports for leadership: Vietnamese by default, English with {@code ?lang=en}. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/reports")
@Tag(name = "Báo cáo / Reports")
@RolesAllowed({Roles.LEADERSHIP, Roles.ADMIN})
public class ReportResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ReportService reports;

    @GET
    @Path("/annual/{year}")
    @Produces({XLSX, "application/problem+json"})
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "422", description = "An exchange rate the figures need is missing: missingRates lists them")
    public Response annual(@PathParam("year") @Min(1990) @Max(2100) int year,
                           @QueryParam("lang") @DefaultValue("vi") @Pattern(regexp = "vi|en", message = "{language}")
                           String lang) {
        return download(reports.annual(year, "en".equals(lang)), name(lang, String.valueOf(year)));
    }

    /** A programme period such as 2013–2017: each year's figures and the period average. */
    @GET
    @Path("/period")
    @Produces({XLSX, "application/problem+json"})
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "422", description = "An exchange rate the figures need is missing: missingRates lists them")
    public Response period(@QueryParam("from") @NotNull @Min(1990) @Max(2100) Integer from,
                           @QueryParam("to") @NotNull @Min(1990) @Max(2100) Integer to,
                           @QueryParam("lang") @DefaultValue("vi") @Pattern(regexp = "vi|en", message = "{language}")
                           String lang) {
        if (to < from || to - from > 30) {
            throw vn.vientro.common.Problems.invalidParameter("to", ProblemCode.BETWEEN, "must be from 'from' to 30 years after it",
                    from, from + 30);
        }
        return download(reports.period(from, to, "en".equals(lang)), name(lang, from + "-" + to));
    }

    private static String name(String lang, String suffix) {
        return ("en".equals(lang) ? "ngo-aid-report-" : "bao-cao-vien-tro-") + suffix + ".xlsx";
    }

    /** Streams a workbook built in a temporary file, and deletes the file. */
    static Response download(java.nio.file.Path file, String name) {
        StreamingOutput body = out -> {
            try {
                Files.copy(file, out);
            } finally {
                Files.deleteIfExists(file);
            }
        };
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
