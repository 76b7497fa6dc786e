package vn.vientro.security.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import vn.vientro.common.Problems;
import vn.vientro.security.Roles;
import vn.vientro.security.service.CurrentUser;
import vn.vientro.security.service.TokenService;

import java.util.Set;

@Path("/api/auth")
@Tag(name = "Xác thực / Authentication")
public class AuthResource {

    @Inject
    TokenService tokens;

    @Inject
    CurrentUser currentUser;

    public record Credentials(@NotBlank String username, @NotBlank String password) {
    }

    public record TokenResponse(String accessToken, String tokenType, long expiresIn, Set<String> roles, String agency) {
    }

    public record Me(String username, Set<String> roles, String agency) {
    }

    @POST
    @Path("/token")
    @PermitAll
    @APIResponseSchema(TokenResponse.class)
    @APIResponse(responseCode = "401", description = "Wrong username or password, or the account is deactivated")
    public TokenResponse token(@Valid Credentials credentials) {
        return tokens.issue(credentials.username(), credentials.password())
                .map(t -> new TokenResponse(t.accessToken(), "Bearer", t.expiresIn(), t.roles(), t.agency()))
                .orElseThrow(() -> Problems.status(Response.Status.UNAUTHORIZED, "Wrong username or password"));
    }

    @GET
    @Path("/me")
    @RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.CONSULTEE, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN})
    public Me me() {
        return new Me(currentUser.username(), currentUser.roles(), currentUser.agency());
    }
}
