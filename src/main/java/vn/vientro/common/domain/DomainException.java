package vn.vientro.common.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the domain refuses, said in the domain's words: a missing record, an action the actor may not take, a
 * clash with the record's state, input that breaks a rule (with its {@link Violation}s), a file too large or of
 * the wrong type, or a request that cannot be carried out (with extra facts, such as the missing exchange rates).
 * Services throw it and know nothing of HTTP; the REST layer's {@code DomainProblems} turns each {@link Kind}
 * into its problem+json answer.
 */
public class DomainException extends RuntimeException {

    public enum Kind { NOT_FOUND, FORBIDDEN, CONFLICT, INVALID, TOO_LARGE, UNSUPPORTED_TYPE, UNPROCESSABLE }

    /**
     * One broken rule: the field (a path in the body, or a parameter's name), where it is, its code, the values a
     * message of that code needs, and a readable English message.
     */
    public record Violation(String field, String in, ProblemCode code, Map<String, Object> values, String message) {
    }

    private final Kind kind;
    private final ProblemCode code;
    private final Map<String, Object> values;
    private final String title;
    private final List<Violation> violations;
    private final Map<String, Object> properties;

    /** {@code code} null: the code of the kind's status; {@code values}: what a message of the code needs. */
    public DomainException(Kind kind, ProblemCode code, Map<String, Object> values, String title, String detail,
                           List<Violation> violations, Map<String, Object> properties) {
        super(detail);
        this.kind = kind;
        this.code = code;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.title = title;
        this.violations = List.copyOf(violations);
        this.properties = new LinkedHashMap<>(properties);
    }

    public static DomainException notFound(String what, Object id) {
        return of(Kind.NOT_FOUND, ProblemCode.NOT_FOUND, what + " " + id + " not found");
    }

    public static DomainException forbidden(ProblemCode code, String detail, Object... values) {
        return of(Kind.FORBIDDEN, code, detail, values);
    }

    public static DomainException conflict(ProblemCode code, String detail, Object... values) {
        return of(Kind.CONFLICT, code, detail, values);
    }

    public static DomainException tooLarge(ProblemCode code, String detail, Object... values) {
        return of(Kind.TOO_LARGE, code, detail, values);
    }

    public static DomainException unsupportedType(ProblemCode code, String detail, Object... values) {
        return of(Kind.UNSUPPORTED_TYPE, code, detail, values);
    }

    /** A field of the body breaks a rule of the domain; {@code values} as {@code code} names them. */
    public static DomainException invalid(String field, ProblemCode code, String message, Object... values) {
        return invalid(field, "body", code, message, values);
    }

    public static DomainException invalid(String field, String in, ProblemCode code, String message, Object... values) {
        return new DomainException(Kind.INVALID, null, Map.of(), null, field.isEmpty() ? message : field + ": " + message,
                List.of(new Violation(field, in, code, code.valuesOf(values), message)), Map.of());
    }

    /** Input refused as a whole, with its own list of errors (e.g. the rows of an import) under {@code property}. */
    public static DomainException rejected(String detail, String property, Object errors) {
        return new DomainException(Kind.INVALID, null, Map.of(), null, detail, List.of(), Map.of(property, errors));
    }

    /** A well-formed request that cannot be carried out; {@code properties} say why, for a client to act on. */
    public static DomainException unprocessable(ProblemCode code, String title, String detail, Map<String, Object> properties) {
        return new DomainException(Kind.UNPROCESSABLE, code, Map.of(), title, detail, List.of(), properties);
    }

    private static DomainException of(Kind kind, ProblemCode code, String detail, Object... values) {
        return new DomainException(kind, code, code.valuesOf(values), null, detail, List.of(), Map.of());
    }

    public Kind kind() {
        return kind;
    }

    /** The code of this refusal, or null for the one of its kind's status. */
    public ProblemCode code() {
        return code;
    }

    /** The values a message of {@link #code()} needs. */
    public Map<String, Object> values() {
        return values;
    }

    /** A title of its own, or null for the standard one of its kind. */
    public String title() {
        return title;
    }

    public List<Violation> violations() {
        return violations;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
