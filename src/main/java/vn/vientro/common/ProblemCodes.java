package vn.vientro.common;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkiverse.resteasy.problem.validation.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives every problem a stable {@code code} a client can translate (by status), and every violation one
 * (by the rule it broke), whichever mapper produced it: ours, bean validation or the extension's own.
 */
@ApplicationScoped
public class ProblemCodes implements ProblemPostProcessor {

    /** The problem-level codes, by HTTP status. */
    static final Map<Integer, String> BY_STATUS = Map.ofEntries(
            Map.entry(400, "invalid-input"), Map.entry(401, "unauthenticated"), Map.entry(403, "forbidden"),
            Map.entry(404, "not-found"), Map.entry(405, "method-not-allowed"), Map.entry(406, "not-acceptable"),
            Map.entry(409, "conflict"), Map.entry(413, "too-large"), Map.entry(415, "unsupported-media-type"),
            Map.entry(422, "unprocessable"), Map.entry(429, "too-many-requests"), Map.entry(500, "internal-error"),
            Map.entry(503, "unavailable"));

    private static final Set<String> REQUIRED = Set.of("NotNull", "NotBlank", "NotEmpty");
    private static final Set<String> RANGE = Set.of("Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero",
            "Negative", "NegativeOrZero", "Digits", "Past", "PastOrPresent", "Future", "FutureOrPresent");

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        return coded(problem, context.cause);
    }

    private static HttpProblem coded(HttpProblem problem, Throwable cause) {
        HttpProblem.Builder copy = HttpProblem.builder(problem);
        if (!problem.getParameters().containsKey("code")) {
            copy.with("code", BY_STATUS.getOrDefault(problem.getStatusCode(), "error"));
        }
        Object violations = problem.getParameters().get("violations");
        if (violations instanceof List<?> list && !list.isEmpty()) {
            copy.with("violations", coded(list, cause));
        }
        return copy.build();
    }

    private static List<Map<String, Object>> coded(List<?> violations, Throwable cause) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Object item : violations) {
            Map<String, Object> violation = new LinkedHashMap<>();
            if (item instanceof Violation v) {
                violation.put("field", clientPath(v.field));
                violation.put("in", v.in);
                violation.put("code", codeOf(v, cause));
                violation.put("message", v.message);
            } else if (item instanceof Map<?, ?> map) {
                map.forEach((key, value) -> violation.put(String.valueOf(key), value));
                violation.putIfAbsent("code", Problems.INVALID);
            } else {
                continue;
            }
            result.add(violation);
        }
        return result;
    }

    /** The broken constraint of a bean-validation violation: the one with the same message on the same field. */
    private static String codeOf(Violation violation, Throwable cause) {
        if (cause instanceof ConstraintViolationException e) {
            for (ConstraintViolation<?> candidate : e.getConstraintViolations()) {
                if (candidate.getMessage().equals(violation.message) && leaf(candidate.getPropertyPath()).equals(leaf(violation.field))) {
                    return code(candidate.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
                }
            }
        }
        return Problems.INVALID;
    }

    static String code(String constraint) {
        if (REQUIRED.contains(constraint)) {
            return Problems.REQUIRED;
        }
        if (RANGE.contains(constraint)) {
            return Problems.OUT_OF_RANGE;
        }
        return switch (constraint) {
            case "Size" -> Problems.TOO_LONG;
            case "Pattern", "Email" -> Problems.FORMAT;
            default -> Problems.INVALID;
        };
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
