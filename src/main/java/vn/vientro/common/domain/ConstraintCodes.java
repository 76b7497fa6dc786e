package vn.vientro.common.domain;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.ConstraintDescriptor;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The code and values of a broken bean-validation constraint, for the API's violations and the imports' errors alike.
 * A constraint whose message template names a code ({@code @Pattern(message = "{crs-code}")}) has that code; any
 * other has the code of its kind ({@code @Size} → {@code length} or {@code too-short}, {@code @Min} → {@code at-least},
 * …), and the limits it declares become the values.
 */
public final class ConstraintCodes {

    private static final Set<String> REQUIRED = Set.of("NotNull", "NotBlank", "NotEmpty");

    private ConstraintCodes() {
    }

    public static ProblemCode.Coded of(ConstraintViolation<?> violation) {
        ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
        Map<String, Object> limits = limits(descriptor);
        String template = descriptor.getMessageTemplate();
        if (template.startsWith("{") && template.endsWith("}")) {
            var named = ProblemCode.byId(template.substring(1, template.length() - 1));
            if (named.isPresent()) {
                return new ProblemCode.Coded(named.get(), named.get().pick(limits));
            }
        }
        ProblemCode code = code(descriptor.getAnnotation().annotationType().getSimpleName(), limits, violation.getInvalidValue());
        return new ProblemCode.Coded(code, code.pick(limits));
    }

    /** The code of a constraint by its kind: which limit it sets, and for a length which side was broken. */
    static ProblemCode code(String constraint, Map<String, Object> limits, Object invalid) {
        if (REQUIRED.contains(constraint)) {
            return ProblemCode.REQUIRED;
        }
        boolean inclusive = !Boolean.FALSE.equals(limits.get("inclusive"));
        return switch (constraint) {
            case "Size" -> invalid instanceof CharSequence text && text.length() < ((Number) limits.get("min")).intValue()
                    ? ProblemCode.TOO_SHORT : ProblemCode.LENGTH;
            case "Min", "PositiveOrZero" -> ProblemCode.AT_LEAST;
            case "Max", "NegativeOrZero" -> ProblemCode.AT_MOST;
            case "Positive" -> ProblemCode.ABOVE;
            case "Negative" -> ProblemCode.BELOW;
            case "DecimalMin" -> inclusive ? ProblemCode.AT_LEAST : ProblemCode.ABOVE;
            case "DecimalMax" -> inclusive ? ProblemCode.AT_MOST : ProblemCode.BELOW;
            case "Digits" -> ProblemCode.DIGITS;
            case "Past", "PastOrPresent", "Future", "FutureOrPresent" -> ProblemCode.OUT_OF_RANGE;
            case "Pattern" -> ProblemCode.FORMAT;
            case "Email" -> ProblemCode.EMAIL;
            default -> ProblemCode.INVALID;
        };
    }

    /** The limits a constraint declares, named as the codes' values name them. */
    static Map<String, Object> limits(ConstraintDescriptor<?> descriptor) {
        Map<String, Object> attributes = descriptor.getAttributes();
        String kind = descriptor.getAnnotation().annotationType().getSimpleName();
        Map<String, Object> limits = new HashMap<>();
        for (String name : new String[]{"min", "max", "integer", "fraction", "inclusive"}) {
            if (attributes.containsKey(name)) {
                limits.put(name, attributes.get(name));
            }
        }
        Object value = attributes.get("value");
        switch (kind) {
            case "Min", "DecimalMin" -> limits.put("min", number(value));
            case "Max", "DecimalMax" -> limits.put("max", number(value));
            case "Positive", "PositiveOrZero" -> limits.put("min", 0);
            case "Negative", "NegativeOrZero" -> limits.put("max", 0);
            default -> {
            }
        }
        return limits;
    }

    private static Object number(Object value) {
        return value instanceof String text ? new BigDecimal(text) : value;
    }
}
