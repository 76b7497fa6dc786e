package vn.vientro.common;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import vn.vientro.common.domain.DomainException;
import vn.vientro.common.rest.DomainProblems;

/**
 * The 4xx answers the REST layer gives itself, as problem+json. A field error uses the same {@code violations}
 * shape as bean validation ({@code field, in, code, message}), so clients read one format whatever rejected
 * the input; {@code code} is stable for clients to translate (see {@link ProblemCodes}). Services throw
 * {@link DomainException} instead, which {@link DomainProblems} answers the same way.
 */
public final class Problems {

    public static final String INVALID = DomainException.INVALID;
    public static final String REQUIRED = DomainException.REQUIRED;
    public static final String WRONG_TYPE = DomainException.WRONG_TYPE;
    public static final String OUT_OF_RANGE = DomainException.OUT_OF_RANGE;
    public static final String TOO_LONG = DomainException.TOO_LONG;
    public static final String FORMAT = DomainException.FORMAT;
    public static final String CONTROL_CHARACTER = DomainException.CONTROL_CHARACTER;
    public static final String MALFORMED_JSON = DomainException.MALFORMED_JSON;
    /** An uploaded file with no content. */
    public static final String EMPTY = DomainException.EMPTY;
    /** A password that is too easy to guess: the username, only spaces, or a common password. */
    public static final String WEAK_PASSWORD = DomainException.WEAK_PASSWORD;

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
        return DomainProblems.toProblem(DomainException.invalid(field, in, code, message));
    }

    public static HttpProblem notFound(String what, Object id) {
        return DomainProblems.toProblem(DomainException.notFound(what, id));
    }

    public static HttpProblem conflict(String detail) {
        return DomainProblems.toProblem(DomainException.conflict(detail));
    }

    public static HttpProblem forbidden(String detail) {
        return DomainProblems.toProblem(DomainException.forbidden(detail));
    }

    public static HttpProblem status(Response.Status status, String detail) {
        return HttpProblem.builder().withStatus(status).withTitle(status.getReasonPhrase()).withDetail(detail).build();
    }
}
