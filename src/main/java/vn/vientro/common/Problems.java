package vn.vientro.common;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * The 4xx answers the domain gives, as problem+json. A field error uses the same {@code violations}
 * shape as bean validation, so clients read one format whatever rejected the input.
 */
public final class Problems {

    private Problems() {
    }

    public static HttpProblem invalid(String field, String message) {
        return HttpProblem.builder()
                .withStatus(Response.Status.BAD_REQUEST)
                .withTitle("Bad Request")
                .withDetail(field + ": " + message)
                .with("violations", List.of(Map.of("field", field, "in", "body", "message", message)))
                .build();
    }

    /** A bad query parameter, in the same {@code violations} shape with {@code in = "query"}. */
    public static HttpProblem invalidParameter(String parameter, String message) {
        return HttpProblem.builder()
                .withStatus(Response.Status.BAD_REQUEST)
                .withTitle("Bad Request")
                .withDetail(parameter + ": " + message)
                .with("violations", List.of(Map.of("field", parameter, "in", "query", "message", message)))
                .build();
    }

    public static HttpProblem notFound(String what, Object id) {
        return status(Response.Status.NOT_FOUND, what + " " + id + " not found");
    }

    public static HttpProblem conflict(String detail) {
        return status(Response.Status.CONFLICT, detail);
    }

    public static HttpProblem forbidden(String detail) {
        return status(Response.Status.FORBIDDEN, detail);
    }

    public static HttpProblem status(Response.Status status, String detail) {
        return HttpProblem.builder().withStatus(status).withTitle(status.getReasonPhrase()).withDetail(detail).build();
    }
}
