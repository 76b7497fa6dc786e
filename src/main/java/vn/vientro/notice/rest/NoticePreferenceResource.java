package vn.vientro.notice.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.vientro.notice.domain.Delivery;
import vn.vientro.notice.domain.NoticeKind;
import vn.vientro.notice.service.NoticePreferences;
import vn.vientro.security.Roles;
import vn.vientro.security.service.CurrentUser;

import java.util.Map;

/** How the signed-in user wants each kind of notice by e-mail: each event, a daily digest, or none. */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/me/notice-preferences")
@Tag(name = "Thông báo / Notices")
@RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.CONSULTEE, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN, Roles.AID_OWNER})
public class NoticePreferenceResource {

    @Inject
    NoticePreferences preferences;

    @Inject
    CurrentUser user;

    @GET
    public Map<NoticeKind, Delivery> mine() {
        return preferences.of(user.username());
    }

    /** Sets the kinds given; the others keep their choice. */
    @PUT
    public Map<NoticeKind, Delivery> set(@NotNull Map<@NotNull NoticeKind, @NotNull Delivery> choices) {
        return preferences.set(user.username(), choices);
    }
}
