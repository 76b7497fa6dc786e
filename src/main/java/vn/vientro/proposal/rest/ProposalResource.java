package vn.vientro.proposal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.vientro.common.InputProblems;
import vn.vientro.common.Page;
import vn.vientro.common.Problems;
import vn.vientro.common.rest.FileDownload;
import vn.vientro.common.domain.ProblemCode;
import vn.vientro.proposal.domain.AidKind;
import vn.vientro.proposal.domain.ProposalDocument;
import vn.vientro.proposal.domain.ProposalStatus;
import vn.vientro.proposal.service.ChecklistService;
import vn.vientro.proposal.service.DocumentService;
import vn.vientro.proposal.service.ProposalInput;
import vn.vientro.proposal.service.ProposalQueries;
import vn.vientro.proposal.service.ProposalService;
import vn.vientro.proposal.service.ProposalSummary;
import vn.vientro.proposal.service.ProposalView;
import vn.vientro.proposal.service.StepRecord;
import vn.vientro.proposal.workflow.ProposalHistory;
import vn.vientro.security.Roles;
import vn.vientro.security.service.CurrentUser;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

@Produces(MediaType.APPLICATION_JSON)
@Path("/api/proposals")
@Tag(name = "Đề xuất viện trợ / Aid proposals")
public class ProposalResource {


    @Inject
    ProposalService proposals;

    @Inject
    ProposalQueries queries;

    @Inject
    DocumentService documents;

    @Inject
    ProposalHistory history;

    @Inject
    ChecklistService checklists;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.CONSULTEE, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN,
            Roles.AID_OWNER})
    public Page<ProposalSummary> list(@QueryParam("status") ProposalStatus status, @QueryParam("kind") AidKind kind,
                                      @QueryParam("q") String q,
                                      @QueryParam("mine") String mine,
                                      @Parameter(description = "true: only projects (approved, revoked or closed)")
                                      @QueryParam("project") String project,
                                      @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return queries.list(user.actor(), new ProposalQueries.Filter(status, kind, q, flag("mine", mine),
                flag("project", project), page, size));
    }

    /** Strict true/false: the framework would read any other word as false and quietly list everything. */
    private static boolean flag(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Problems.invalidParameter(parameter, ProblemCode.WRONG_TYPE, "must be true or false, not '" + value + "'");
        };
    }

    @POST
    @RolesAllowed(Roles.OFFICER)
    @APIResponseSchema(value = ProposalView.class, responseCode = "201", responseDescription = "Created (and submitted with ?submit=true)")
    public Response create(@Valid @NotNull ProposalInput input, @QueryParam("submit") @DefaultValue("false") boolean submit) {
        ProposalView created = submit ? proposals.createAndSubmit(input, user.actor()) : proposals.createDraft(input, user.actor());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.CONSULTEE, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN,
            Roles.AID_OWNER})
    public ProposalView get(@PathParam("id") long id) {
        return queries.view(id, user.actor());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.OFFICER)
    @APIResponseSchema(ProposalView.class)
    @APIResponse(responseCode = "409", description = "The proposal is no longer editable, or someone else changed it (version)")
    public ProposalView update(@PathParam("id") long id, @Valid @NotNull ProposalInput input) {
        return proposals.update(id, input, user.actor());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.OFFICER)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The proposal is no longer a draft")
    public Response deleteDraft(@PathParam("id") long id) {
        proposals.deleteDraft(id, user.actor());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.OFFICER)
    @APIResponseSchema(ProposalView.class)
    @APIResponse(responseCode = "409", description = "The proposal is no longer a draft, or is already submitted")
    public ProposalView submit(@PathParam("id") long id) {
        return proposals.submit(id, user.actor());
    }

    @GET
    @Path("/{id}/documents")
    @RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.CONSULTEE, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN})
    public List<ProposalView.DocumentView> documents(@PathParam("id") long id) {
        queries.visible(id, user.actor());
        return documents.list(id);
    }

    @POST
    @Path("/{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.OFFICER)
    @APIResponseSchema(value = ProposalView.DocumentView.class, responseCode = "201", responseDescription = "Stored")
    @APIResponse(responseCode = "409", description = "The proposal is no longer editable")
    @APIResponse(responseCode = "413", description = "The file is larger than vientro.documents.max-size")
    @APIResponse(responseCode = "415", description = "Not a PDF, JPEG, PNG, Word or Excel file, or the content is not of its declared type")
    public Response upload(@PathParam("id") long id,
                           @RestForm("type") @Schema(implementation = ProposalDocument.Type.class) String type,
                           @RestForm("file") FileUpload file) throws IOException {
        ProposalDocument.Type documentType = documentType(type);
        if (file == null) {
            throw Problems.invalid("file", ProblemCode.REQUIRED, "required: the document to upload");
        }
        byte[] content = Files.readAllBytes(file.uploadedFile());
        var created = documents.add(id, documentType, file.fileName(), file.contentType(), content, user.actor());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** The decision as signed, scanned (PDF or image): the proposal's official decision document, replacing any before. */
    @PUT
    @Path("/{id}/signed-decision")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.APPROVER, Roles.OFFICER})
    @APIResponseSchema(value = ProposalView.DocumentView.class, responseDescription = "Stored as the signed decision")
    @APIResponse(responseCode = "409", description = "The proposal is not approved")
    @APIResponse(responseCode = "413", description = "The file is larger than vientro.documents.max-size")
    @APIResponse(responseCode = "415", description = "Not a PDF, JPEG or PNG file, or the content is not of its declared type")
    public ProposalView.DocumentView signedDecision(@PathParam("id") long id, @RestForm("file") FileUpload file) throws IOException {
        if (file == null) {
            throw Problems.invalid("file", ProblemCode.REQUIRED, "required: the scan of the signed decision");
        }
        return documents.signedDecision(id, file.fileName(), file.contentType(), Files.readAllBytes(file.uploadedFile()),
                user.actor());
    }

    /** Read here, not by JAX-RS: a form value it cannot convert is a bare 400 that names no field. */
    private static ProposalDocument.Type documentType(String type) {
        if (type == null) {
            throw Problems.invalid("type", ProblemCode.REQUIRED, "required: one of " + List.of(ProposalDocument.Type.values()));
        }
        try {
            return ProposalDocument.Type.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("type", "body", ProblemCode.WRONG_TYPE, InputProblems.expected(ProposalDocument.Type.class));
        }
    }

    @GET
    @Path("/{id}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.CONSULTEE, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN})
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
    public Response download(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        queries.visible(id, user.actor());
        ProposalDocument doc = documents.get(id, documentId);
        return FileDownload.of(doc.filename, doc.contentType, doc.sha256, doc.content);
    }

    @DELETE
    @Path("/{id}/documents/{documentId}")
    @RolesAllowed(Roles.OFFICER)
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "The proposal is no longer editable")
    public Response removeDocument(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        documents.remove(id, documentId, user.actor());
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/checklist")
    @RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.CONSULTEE, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN})
    public ChecklistService.Checklist checklist(@PathParam("id") long id) {
        return checklists.of(queries.visible(id, user.actor()));
    }

    @GET
    @Path("/{id}/timeline")
    @RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.CONSULTEE, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN})
    public List<ProposalHistory.TimelineEntry> timeline(@PathParam("id") long id) {
        return history.timeline(queries.visible(id, user.actor()));
    }

    /** What each completed step recorded: outcome, the fields it declares with their labels, comment, who and when. */
    @GET
    @Path("/{id}/records")
    @RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.CONSULTEE, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN})
    public List<StepRecord> records(@PathParam("id") long id) {
        return queries.records(id, user.actor());
    }

    @GET
    @Path("/{id}/diagram")
    @RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.CONSULTEE, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN})
    public ProposalHistory.Diagram diagram(@PathParam("id") long id) {
        return history.diagram(queries.visible(id, user.actor()));
    }
}
