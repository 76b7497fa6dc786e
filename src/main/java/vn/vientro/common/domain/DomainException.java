package vn.vientro.common.domain;

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

    /** Codes of a violation, stable for clients to translate (documented in the README's Errors section). */
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

    /** One broken rule: the field (a path in the body, or a parameter's name), where it is, a code and a message. */
    public record Violation(String field, String in, String code, String message) {
    }

    private final Kind kind;
    private final String title;
    private final List<Violation> violations;
    private final Map<String, Object> properties;

    public DomainException(Kind kind, String title, String detail, List<Violation> violations, Map<String, Object> properties) {
        super(detail);
        this.kind = kind;
        this.title = title;
        this.violations = List.copyOf(violations);
        this.properties = new LinkedHashMap<>(properties);
    }

    public static DomainException notFound(String what, Object id) {
        return of(Kind.NOT_FOUND, what + " " + id + " not found");
    }

    public static DomainException forbidden(String detail) {
        return of(Kind.FORBIDDEN, detail);
    }

    public static DomainException conflict(String detail) {
        return of(Kind.CONFLICT, detail);
    }

    public static DomainException tooLarge(String detail) {
        return of(Kind.TOO_LARGE, detail);
    }

    public static DomainException unsupportedType(String detail) {
        return of(Kind.UNSUPPORTED_TYPE, detail);
    }

    /** A field of the body breaks a rule of the domain. */
    public static DomainException invalid(String field, String message) {
        return invalid(field, "body", INVALID, message);
    }

    public static DomainException invalid(String field, String in, String code, String message) {
        return new DomainException(Kind.INVALID, null, field.isEmpty() ? message : field + ": " + message,
                List.of(new Violation(field, in, code, message)), Map.of());
    }

    /** Input refused as a whole, with its own list of errors (e.g. the rows of an import) under {@code property}. */
    public static DomainException invalid(String detail, String property, Object errors) {
        return new DomainException(Kind.INVALID, null, detail, List.of(), Map.of(property, errors));
    }

    /** A well-formed request that cannot be carried out; {@code properties} say why, for a client to act on. */
    public static DomainException unprocessable(String title, String detail, Map<String, Object> properties) {
        return new DomainException(Kind.UNPROCESSABLE, title, detail, List.of(), properties);
    }

    private static DomainException of(Kind kind, String detail) {
        return new DomainException(kind, null, detail, List.of(), Map.of());
    }

    public Kind kind() {
        return kind;
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
