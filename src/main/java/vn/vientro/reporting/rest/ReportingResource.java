package vn.vientro.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.vientro.common.Problems;
import vn.vientro.common.domain.ProblemCode;
import vn.vientro.common.rest.FileDownload;
import vn.vientro.reporting.domain.ObligationStatus;
import vn.vientro.reporting.domain.ReportAttachment;
import vn.vientro.reporting.domain.ReportKind;
import vn.vientro.reporting.service.AidReports;
import vn.vientro.reporting.service.ReportAttachments;
import vn.vientro.reporting.service.ReportInput;
import vn.vientro.reporting.service.ReportObligations;
import vn.vientro.reporting.service.ReportViews;
import vn.vientro.reporting.service.ReportingCalendar;
import vn.vientro.security.Roles;
import vn.vientro.security.service.CurrentUser;

import java.io.IOException;
import java.nio.file.Files;
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
    ReportAttachments attachments;

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

    /** A file for the report being prepared (PDF, image, Word or Excel), sent with it; listed in the obligation. */
    @POST
    @Path("/report-obligations/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.AID_OWNER, Roles.OFFICER})
    @APIResponseSchema(value = ReportViews.AttachmentView.class, responseCode = "201", responseDescription = "Stored")
    @APIResponse(responseCode = "403", description = "An obligation of a project the aid owner's unit does not own")
    @APIResponse(responseCode = "409", description = "No report is awaited (submitted and under review, accepted, or cancelled)")
    @APIResponse(responseCode = "413", description = "The file is larger than vientro.documents.max-size")
    @APIResponse(responseCode = "415", description = "Not a PDF, JPEG, PNG, Word or Excel file, or the content is not of its declared type")
    public Response attach(@PathParam("id") long id, @RestForm("file") FileUpload file) throws IOException {
        if (file == null) {
            throw Problems.invalid("file", ProblemCode.REQUIRED, "required: the file to attach");
        }
        var created = attachments.add(id, file.fileName(), file.contentType(), Files.readAllBytes(file.uploadedFile()),
                user.actor());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("/report-obligations/{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN, Roles.AID_OWNER})
    @APIResponse(responseCode = "200", description = "The file as stored, with its media type", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/msword", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.ms-excel", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "403", description = "An obligation of a project the aid owner's unit does not own")
    public Response attachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        ReportAttachment a = attachments.get(id, attachmentId, user.actor());
        return FileDownload.of(a.filename, a.contentType, a.sha256, a.content);
    }

    @DELETE
    @Path("/report-obligations/{id}/attachments/{attachmentId}")
    @RolesAllowed({Roles.AID_OWNER, Roles.OFFICER})
    @APIResponse(responseCode = "204", description = "Taken back")
    @APIResponse(responseCode = "403", description = "An obligation of a project the aid owner's unit does not own")
    @APIResponse(responseCode = "409", description = "No report is awaited, or the file was sent with a report")
    public Response removeAttachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        attachments.remove(id, attachmentId, user.actor());
        return Response.noContent().build();
    }
}
