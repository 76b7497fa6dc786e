package vn.vientro.security.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.*;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import vn.vientro.security.Roles;
import vn.vientro.security.service.PasswordPolicy;
import vn.vientro.security.service.UserService;

import java.util.List;
import java.util.Set;

/**
 * User accounts, for administrators. Passwords are never returned; they are stored as bcrypt hashes and must
 * pass {@link vn.vientro.security.service.PasswordPolicy} (on creation and on reset).
 */
@Produces(MediaType.APPLICATION_JSON)
@Path("/api/users")
@Tag(name = "Người dùng / Users")
@RolesAllowed(Roles.ADMIN)
public class UserResource {

    @Inject
    UserService users;

    public record NewUser(@NotBlank @Pattern(regexp = "[a-z0-9._-]{3,80}", message = "{username-format}")
                          String username,
                          @NotBlank @Size(max = 200) String fullName,
                          @NotNull @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{password-length}")
                          String password,
                          @NotNull Set<@NotBlank String> roles,
                          String orgUnit,
                          @Email @Size(max = 254) String email,
                          @Pattern(regexp = "vi|en", message = "{language}") String language) {
    }

    public record UserChange(@NotBlank @Size(max = 200) String fullName, @NotNull Set<@NotBlank String> roles,
                             String orgUnit, boolean active,
                             @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{password-length}")
                             String newPassword,
                             @Email @Size(max = 254) String email,
                             @Pattern(regexp = "vi|en", message = "{language}") String language) {
    }

    @GET
    public List<UserService.UserView> list() {
        return users.list();
    }

    @POST
    @APIResponseSchema(value = UserService.UserView.class, responseCode = "201", responseDescription = "Created")
    @APIResponse(responseCode = "409", description = "A user with this username already exists")
    public Response create(@Valid @NotNull NewUser user) {
        var created = users.create(user.username(), user.fullName(), user.password(), user.roles(), user.orgUnit(),
                new UserService.Contact(user.email(), user.language()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    public UserService.UserView update(@PathParam("id") long id, @Valid @NotNull UserChange change) {
        return users.update(id, change.fullName(), change.roles(), change.orgUnit(), change.active(), change.newPassword(),
                new UserService.Contact(change.email(), change.language()));
    }
}
