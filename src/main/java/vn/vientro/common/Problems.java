package vn.vientro.common;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 4xx answers the domain gives, as problem+json. A field error uses the same {@code violations}
 * shape as bean validation ({@code field, in, code, message}), so clients read one format whatever rejected
 * the input; {@code code} is stable for clients to translate (see {@link ProblemCodes}).
 */
public final class Problems {

    public static final String INVALID = "invalid";
    public static final String REQUIRED = "required";
    public static final String WRONG_TYPE = "wrong-type";
    public static final String OUT_OF_RANGE = "out-of-range";
    public static final String TOO_LONG = "length";
    public static final String FORMAT = "format";
    public static final String CONTROL_CHARACTER = "control-character";
    public static final String MALFORMED_JSON = "malformed-json";
    /** An uploaded file with no content. */
    public static final String EMPTY = "empty";
    /** A password that is too easy to guess: the username, only spaces, or a common password. */
    public static final String WEAK_PASSWORD = "weak-password";

    private Problems() {
    }

    public static HttpProblem invalid(String field, String message) {
        return invalid(field, "body", INVALID, message);
    }

    /** A bad query parameter, in the same {@code violations} shape with {@code in = "query"}. */
    public static HttpProblem invalidParameter(String parameter, String message) {
        return invalid(parameter, "query", INVALID, message);
    }

    public static HttpProblem invalid(String field, String in, String code, String message) {
        Map<String, String> violation = new LinkedHashMap<>();
        violation.put("field", field);
        violation.put("in", in);
        violation.put("code", code);
        violation.put("message", message);
        return HttpProblem.builder()
                .withStatus(Response.Status.BAD_REQUEST)
                .withTitle("Bad Request")
                .withDetail(field.isEmpty() ? message : field + ": " + message)
                .with("violations", List.of(violation))
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
