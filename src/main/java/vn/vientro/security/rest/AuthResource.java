package vn.vientro.security.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import vn.vientro.common.Problems;
import vn.vientro.security.Roles;
import vn.vientro.security.SignInSettings;
import vn.vientro.security.service.CurrentUser;
import vn.vientro.security.service.SignInThrottle;
import vn.vientro.security.service.TokenService;

import java.util.Set;

@Produces(MediaType.APPLICATION_JSON)
@Path("/api/auth")
@Tag(name = "Xác thực / Authentication")
public class AuthResource {

    @Inject
    TokenService tokens;

    @Inject
    CurrentUser currentUser;

    @Inject
    SignInSettings settings;

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
    @APIResponse(responseCode = "429", description = "Too many failed sign-ins for this account or from this address: "
            + "try again after Retry-After seconds (also in retryAfter)")
    public TokenResponse token(@Valid Credentials credentials, @Context HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        String address = ClientAddress.of(peer, request.headers().getAll("X-Forwarded-For"), settings.trustedProxies());
        TokenService.SignIn result = tokens.signIn(credentials.username(), credentials.password(), address);
        if (result instanceof TokenService.Issued issued) {
            var t = issued.token();
            return new TokenResponse(t.accessToken(), "Bearer", t.expiresIn(), t.roles(), t.agency());
        }
        if (result instanceof TokenService.Delayed delayed) {
            long seconds = SignInThrottle.seconds(delayed.retryAfter());
            throw HttpProblem.builder().withStatus(Response.Status.TOO_MANY_REQUESTS)
                    .withTitle(Response.Status.TOO_MANY_REQUESTS.getReasonPhrase())
                    .withDetail("Too many failed sign-ins: try again in " + seconds + " seconds")
                    .withHeader(HttpHeaders.RETRY_AFTER, seconds).with("retryAfter", seconds).build();
        }
        throw Problems.status(Response.Status.UNAUTHORIZED, "Wrong username or password");
    }

    @GET
    @Path("/me")
    @RolesAllowed({Roles.OFFICER, Roles.APPRAISER, Roles.CONSULTEE, Roles.APPROVER, Roles.LEADERSHIP, Roles.ADMIN, Roles.AID_OWNER})
    public Me me() {
        return new Me(currentUser.username(), currentUser.roles(), currentUser.agency());
    }
}
