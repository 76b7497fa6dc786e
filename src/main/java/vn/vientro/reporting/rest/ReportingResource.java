package vn.vientro.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vientro.reporting.domain.ObligationStatus;
import vn.vientro.reporting.domain.ReportKind;
import vn.vientro.reporting.service.AidReports;
import vn.vientro.reporting.service.ReportInput;
import vn.vientro.reporting.service.ReportObligations;
import vn.vientro.reporting.service.ReportViews;
import vn.vientro.reporting.service.ReportingCalendar;
import vn.vientro.security.Roles;
import vn.vientro.security.service.CurrentUser;

import java.util.List;

/**
 * The aid owners' reports (Decree 80/2020 Art. 14(4)): the reporting calendar (everyone reads it, the administrator
 * sets it), each project's report obligations, and the reports themselves. An aid owner sees
 * and reports only for its unit's projects; an officer may report on its behalf.
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api")
@Tag(name = "Báo cáo của chủ khoản viện trợ / Aid owners' reports")
public class ReportingResource {

    @Inject
    ReportingCalendar calendar;

    @Inject
    ReportObligations obligations;

    @Inject
    AidReports reports;

    @Inject
    CurrentUser user;

    @GET
    @Path("/reporting-rules")
    @RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.CONSULTEE, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN,
            Roles.AID_OWNER})
    public List<ReportingCalendar.RuleView> rules() {
        return calendar.rules();
    }

    @PUT
    @Path("/reporting-rules/{kind}")
    @RolesAllowed(Roles.ADMIN)
    @APIResponseSchema(ReportingCalendar.Changed.class)
    @APIResponse(responseCode = "409", description = "The rule changed since it was read (version)")
    public ReportingCalendar.Changed changeRule(@PathParam("kind") ReportKind kind,
                                                @Valid @NotNull ReportingCalendar.RuleInput in) {
        return calendar.change(kind, in, user.actor());
    }

    @GET
    @Path("/report-obligations")
    @RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN, Roles.AID_OWNER})
    public List<ReportViews.ObligationView> obligations(@QueryParam("projectId") Long projectId,
                                                       @QueryParam("status") ObligationStatus status,
                                                       @QueryParam("overdue") Boolean overdue) {
        return obligations.list(new ReportObligations.Filter(projectId, status, overdue), user.actor());
    }

    @GET
    @Path("/report-obligations/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN, Roles.AID_OWNER})
    public ReportViews.ObligationView obligation(@PathParam("id") long id) {
        return obligations.get(id, user.actor());
    }

    @POST
    @Path("/report-obligations/{id}/reports")
    @RolesAllowed({Roles.AID_OWNER, Roles.OFFICER})
    @APIResponseSchema(value = ReportViews.ObligationView.class, responseCode = "201",
            responseDescription = "Submitted: the obligation with the report, for the officer's review")
    @APIResponse(responseCode = "403", description = "An obligation of a project the aid owner's unit does not own")
    @APIResponse(responseCode = "409", description = "No report is awaited (submitted and under review, or accepted)")
    public Response submit(@PathParam("id") long id, @Valid @NotNull ReportInput in) {
        return Response.status(Response.Status.CREATED).entity(reports.submit(id, in, user.actor())).build();
    }
}
