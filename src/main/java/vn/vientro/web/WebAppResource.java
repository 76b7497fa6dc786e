package vn.vientro.web;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Serves the web application's page at {@code /}. Public: it holds no data; every page reads the API,
 * which checks the user's token. Never cached, so a new deployment's import map reaches every browser.
 */
@Path("/")
public class WebAppResource {

    @Inject
    WebAppPage page;

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response index() {
        WebAppPage.Rendered rendered = page.render();
        return Response.ok(rendered.html())
                .header("Content-Security-Policy", rendered.contentSecurityPolicy())
                .header("Cache-Control", "no-cache")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin")
                .build();
    }
}
