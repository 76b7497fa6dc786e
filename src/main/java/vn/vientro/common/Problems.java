package vn.vientro.common;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import vn.vientro.common.domain.DomainException;
import vn.vientro.common.domain.ProblemCode;
import vn.vientro.common.rest.DomainProblems;

/**
 * The 4xx answers the REST layer gives itself, as problem+json. A field error uses the same {@code violations}
 * shape as bean validation ({@code field, in, code, values, message}), so clients read one format whatever rejected
 * the input; {@code code} is stable for clients to translate (see {@link ProblemCode}). Services throw
 * {@link DomainException} instead, which {@link DomainProblems} answers the same way.
 */
public final class Problems {

    private Problems() {
    }

    /** A field of the body; {@code values} as {@code code} names them. */
    public static HttpProblem invalid(String field, ProblemCode code, String message, Object... values) {
        return invalid(field, "body", code, message, values);
    }

    /** A bad query parameter, in the same {@code violations} shape with {@code in = "query"}. */
    public static HttpProblem invalidParameter(String parameter, ProblemCode code, String message, Object... values) {
        return invalid(parameter, "query", code, message, values);
    }

    public static HttpProblem invalid(String field, String in, ProblemCode code, String message, Object... values) {
        return DomainProblems.toProblem(DomainException.invalid(field, in, code, message, values));
    }

    public static HttpProblem conflict(ProblemCode code, String detail, Object... values) {
        return DomainProblems.toProblem(DomainException.conflict(code, detail, values));
    }

    /** A status with the code of that status. */
    public static HttpProblem status(Response.Status status, String detail) {
        return HttpProblem.builder().withStatus(status).withTitle(status.getReasonPhrase()).withDetail(detail).build();
    }
}
