package vn.vientro.common.rest;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.vientro.common.domain.DomainException;
import vn.vientro.common.domain.ProblemCode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place where the domain's refusals become HTTP: each {@link DomainException.Kind} has its status, and
 * the exception's code (with its values), detail, violations and properties become the problem+json body. The extension's
 * post-processing (the stable {@code code}, {@code instance}, logging) applies as to any other problem.
 */
public class DomainProblems {

    @ServerExceptionMapper
    public Response refused(DomainException e, UriInfo uri) {
        return ExceptionMapperBase.postProcessorsRegistry.applyPostProcessing(toProblem(e), ProblemContext.of(e, uri))
                .toResponse();
    }

    public static HttpProblem toProblem(DomainException e) {
        int status = status(e.kind());
        HttpProblem.Builder problem = HttpProblem.builder().withStatus(status)
                .withTitle(e.title() != null ? e.title() : title(status)).withDetail(e.getMessage());
        if (e.code() != null) {
            problem.with("code", e.code().id());
        }
        if (!e.values().isEmpty()) {
            problem.with("values", e.values());
        }
        if (!e.violations().isEmpty()) {
            problem.with("violations", e.violations().stream().map(DomainProblems::violation).toList());
        }
        e.properties().forEach(problem::with);
        return problem.build();
    }

    static int status(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_TYPE -> 415;
            case UNPROCESSABLE -> 422;
        };
    }

    private static String title(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : status == 422 ? "Unprocessable Entity" : "Error";
    }

    /** As clients read a violation: {@code values} only when its code's message needs some. */
    public static Map<String, Object> violation(String field, String in, ProblemCode code, Map<String, Object> values,
                                                String message) {
        Map<String, Object> violation = new LinkedHashMap<>();
        violation.put("field", field);
        violation.put("in", in);
        violation.put("code", code.id());
        if (!values.isEmpty()) {
            violation.put("values", values);
        }
        violation.put("message", message);
        return violation;
    }

    private static Map<String, Object> violation(DomainException.Violation v) {
        return violation(v.field(), v.in(), v.code(), v.values(), v.message());
    }

}
