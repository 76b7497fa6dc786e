package vn.vientro.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import vn.vientro.report.service.Dashboard;
import vn.vientro.report.service.ReportService;
import vn.vientro.report.service.ReportingCompliance;
import vn.vientro.security.Roles;

/**
 * The leadership dashboard: the annual report's figures as JSON (no project rows), computed by the same
 * code as the workbook. {@code lang} picks the sector names' language, as in the workbook.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/dashboard")
@Tag(name = "Báo cáo / Reports")
@RolesAllowed({Roles.LEADERSHIP, Roles.ADMIN})
public class DashboardResource {

    @Inject
    ReportService reports;

    @Inject
    ReportingCompliance compliance;

    /**
     * The year is taken as text so that "abc" is a 400 naming {@code year} like an out-of-range year,
     * rather than the 404 JAX-RS gives a path parameter it cannot convert.
     */
    @GET
    @Path("/{year}")
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @APIResponseSchema(Dashboard.class)
    @APIResponse(responseCode = "422", description = "An exchange rate the figures need is missing: missingRates lists them")
    public Dashboard dashboard(@PathParam("year") @Pattern(regexp = "\\d{4}", message = "{four-digit-year}")
                               @Min(value = 1990, message = "must be 1990 or later")
                               @Max(value = 2100, message = "must be 2100 or earlier") String year,
                               @QueryParam("lang") @DefaultValue("vi") @Pattern(regexp = "vi|en", message = "{language}")
                               String lang) {
        return reports.dashboard(Integer.parseInt(year), "en".equals(lang));
    }

    /**
     * Reporting compliance of the year (Decree 80/2020 Art. 14(4)): the aid owners' reports due in it, received on time,
     * late, missing or not yet due, in total, by kind, by aid owner and one by one. Needs no exchange rate.
     */
    @GET
    @Path("/{year}/compliance")
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @APIResponseSchema(ReportingCompliance.Compliance.class)
    public ReportingCompliance.Compliance compliance(@PathParam("year") @Pattern(regexp = "\\d{4}", message = "{four-digit-year}")
                                                    @Min(value = 1990, message = "must be 1990 or later")
                                                    @Max(value = 2100, message = "must be 2100 or earlier") String year) {
        return compliance.of(Integer.parseInt(year));
    }
}
