package vn.vientro.common;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkiverse.resteasy.problem.validation.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import vn.vientro.common.domain.ConstraintCodes;
import vn.vientro.common.domain.ProblemCode;
import vn.vientro.common.rest.DomainProblems;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gives every problem a stable {@code code} a client can translate (by status, unless it has a more precise one), and
 * every violation one with the values its message needs (by the rule it broke), whichever mapper produced it: ours,
 * bean validation or the extension's own.
 */
@ApplicationScoped
public class ProblemCodes implements ProblemPostProcessor {

    /** The problem-level codes, by HTTP status. */
    static final Map<Integer, ProblemCode> BY_STATUS = Map.ofEntries(
            Map.entry(400, ProblemCode.INVALID_INPUT), Map.entry(401, ProblemCode.UNAUTHENTICATED),
            Map.entry(403, ProblemCode.FORBIDDEN), Map.entry(404, ProblemCode.NOT_FOUND),
            Map.entry(405, ProblemCode.METHOD_NOT_ALLOWED), Map.entry(406, ProblemCode.NOT_ACCEPTABLE),
            Map.entry(409, ProblemCode.CONFLICT), Map.entry(413, ProblemCode.TOO_LARGE),
            Map.entry(415, ProblemCode.UNSUPPORTED_MEDIA_TYPE), Map.entry(422, ProblemCode.UNPROCESSABLE),
            Map.entry(429, ProblemCode.TOO_MANY_REQUESTS), Map.entry(500, ProblemCode.INTERNAL_ERROR),
            Map.entry(503, ProblemCode.UNAVAILABLE));

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        return coded(problem, context.cause);
    }

    private static HttpProblem coded(HttpProblem problem, Throwable cause) {
        HttpProblem.Builder copy = HttpProblem.builder(problem);
        if (!problem.getParameters().containsKey("code")) {
            copy.with("code", BY_STATUS.getOrDefault(problem.getStatusCode(), ProblemCode.ERROR).id());
        }
        Object violations = problem.getParameters().get("violations");
        if (violations instanceof List<?> list && !list.isEmpty()) {
            copy.with("violations", coded(list, cause));
        }
        return copy.build();
    }

    /** The extension's violations (bean validation) get their code here; ours already have one. */
    private static List<Object> coded(List<?> violations, Throwable cause) {
        List<Object> result = new ArrayList<>();
        for (Object item : violations) {
            if (item instanceof Violation v) {
                ProblemCode.Coded coded = codeOf(v, cause);
                result.add(DomainProblems.violation(clientPath(v.field), v.in, coded.code(), coded.values(), v.message));
            } else if (item instanceof Map<?, ?>) {
                result.add(item);
            }
        }
        return result;
    }

    /** The broken constraint of a bean-validation violation: the one with the same message on the same field. */
    private static ProblemCode.Coded codeOf(Violation violation, Throwable cause) {
        if (cause instanceof ConstraintViolationException e) {
            for (ConstraintViolation<?> candidate : e.getConstraintViolations()) {
                if (candidate.getMessage().equals(violation.message) && leaf(candidate.getPropertyPath()).equals(leaf(violation.field))) {
                    return ConstraintCodes.of(candidate);
                }
            }
        }
        return ProblemCode.INVALID.with();
    }

    /**
     * The field as a client names it: bean validation adds a node for a container's element ({@code sectors[0].<list
     * element>}) that is no name in the body.
     */
    private static String clientPath(String field) {
        return field == null ? null : field.replaceAll("\\.?<[^>]+>", "");
    }

    private static String leaf(Path path) {
        String last = "";
        for (Path.Node node : path) {
            if (node.getName() != null) {
                last = node.getName();
            }
        }
        return last;
    }

    private static String leaf(String field) {
        String name = field.replaceAll("\\[\\d*]", "");
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
