package vn.vientro.task.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import vn.vientro.common.Page;
import vn.vientro.proposal.domain.AidKind;
import vn.vientro.security.Roles;
import vn.vientro.security.service.CurrentUser;
import vn.vientro.task.service.CompletionInput;
import vn.vientro.task.service.InboxService;
import vn.vientro.task.service.TaskView;

/** The task inbox of officers, appraisers, consulted agencies and approvers. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/tasks")
@Tag(name = "Công việc / Task inbox")
@RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.CONSULTEE, Roles.APPROVER})
public class TaskResource {

    @Inject
    InboxService inbox;

    @Inject
    CurrentUser user;

    @GET
    public Page<TaskView> mine(@QueryParam("key") String key, @QueryParam("proposalId") Long proposalId,
                               @QueryParam("overdue") Boolean overdue,
                               @QueryParam("kind") AidKind kind, @QueryParam("q") String q,
                               @QueryParam("sort") @DefaultValue("DUE") InboxService.Sort sort,
                               @QueryParam("desc") @DefaultValue("false") boolean desc,
                               @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                               @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return inbox.inbox(user.actor(), user.candidateGroups(),
                new InboxService.Filter(key, proposalId, overdue, kind, q, sort, desc, page, size));
    }

    /** The steps a task may be at, for filtering the inbox by step. */
    @GET
    @Path("/steps")
    public java.util.List<TaskView.StepView> steps() {
        return inbox.steps();
    }

    @GET
    @Path("/{id}")
    @APIResponseSchema(TaskView.class)
    @APIResponse(responseCode = "409", description = "Someone else has claimed the task, or it is already completed")
    public TaskView get(@PathParam("id") String id) {
        return inbox.get(id, user.actor(), user.candidateGroups());
    }

    @POST
    @Path("/{id}/claim")
    @APIResponseSchema(TaskView.class)
    @APIResponse(responseCode = "409", description = "Someone else has claimed the task, or it is already completed")
    public TaskView claim(@PathParam("id") String id) {
        return inbox.claim(id, user.actor(), user.candidateGroups());
    }

    @POST
    @Path("/{id}/unclaim")
    @APIResponse(responseCode = "204", description = "Handed back to the shared inbox")
    @APIResponse(responseCode = "409", description = "The task is not claimed by you, or it is assigned by the process")
    public Response unclaim(@PathParam("id") String id) {
        inbox.unclaim(id, user.actor(), user.candidateGroups());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/complete")
    @APIResponse(responseCode = "204", description = "Completed: the process moves on")
    @APIResponse(responseCode = "409", description = "Someone else has claimed or completed the task")
    public Response complete(@PathParam("id") String id, @Valid @NotNull CompletionInput input) {
        inbox.complete(id, input, user.actor(), user.candidateGroups());
        return Response.noContent().build();
    }
}
