package vn.vientro.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vientro.reporting.service.Indicators;
import vn.vientro.reporting.service.ReportViews;
import vn.vientro.security.Roles;
import vn.vientro.security.service.CurrentUser;

import java.util.List;

/**
 * A project's results indicators (baseline, target, unit), defined by the officer at or after approval; each report
 * gives their actual values. A root of its own: under {@code /api} the project paths of other resources would hide it.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/projects/{id}/indicators")
@Tag(name = "Báo cáo của chủ khoản viện trợ / Aid owners' reports")
public class IndicatorsResource {

    @Inject
    Indicators indicators;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN, Roles.AID_OWNER})
    public List<ReportViews.IndicatorView> indicators(@PathParam("id") long id) {
        return indicators.list(id, user.actor());
    }

    @PUT
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    @APIResponse(responseCode = "200", description = "The project's indicators as defined now", content = @Content(
            mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = ReportViews.IndicatorView.class)))
    @APIResponse(responseCode = "409", description = "Not an approved project, or an indicator reported on was left out")
    public List<ReportViews.IndicatorView> defineIndicators(@PathParam("id") long id,
                                                           @Valid @NotNull List<Indicators.@NotNull @Valid IndicatorInput> in) {
        return indicators.define(id, in, user.actor());
    }
}
