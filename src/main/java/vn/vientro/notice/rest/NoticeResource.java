package vn.vientro.notice.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vientro.common.Page;
import vn.vientro.notice.service.NoticeView;
import vn.vientro.notice.service.Notices;
import vn.vientro.security.Roles;
import vn.vientro.security.service.CurrentUser;

/** The signed-in user's own notices (the bell): nobody reads or marks another's. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/notices")
@Tag(name = "Thông báo / Notices")
@RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.CONSULTEE, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN, Roles.AID_OWNER})
public class NoticeResource {

    public record UnreadCount(long unread) {
    }

    public record Marked(long marked) {
    }

    @Inject
    Notices notices;

    @Inject
    CurrentUser user;

    @GET
    public Page<NoticeView> mine(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                 @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return notices.mine(user.username(), page, size);
    }

    @GET
    @Path("/unread-count")
    public UnreadCount unreadCount() {
        return new UnreadCount(notices.unread(user.username()));
    }

    @POST
    @Path("/{id}/read")
    public NoticeView read(@PathParam("id") long id) {
        return notices.read(user.username(), id);
    }

    @POST
    @Path("/read-all")
    public Marked readAll() {
        return new Marked(notices.readAll(user.username()));
    }
}
