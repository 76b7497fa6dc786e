package vn.vientro.task.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.vientro.common.ProvinceZone;
import vn.vientro.common.domain.DomainException;
import vn.vientro.common.domain.ProblemCode;
import vn.vientro.reference.domain.OrgUnit;
import vn.vientro.security.Roles;
import vn.vientro.workflow.Dispatch;
import vn.vientro.workflow.StepDefinition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.*;
import java.util.function.Function;

/**
 * Checks an answer against what the task declares: the outcome must be one it allows and every field
 * that outcome requires must be present and of its type. Returns the fields as process variables:
 * text as is, dates as ISO strings, a choice as its option's id, agencies as a comma-separated list of codes plus {@code <name>Count}
 * (plain values, so the engine never needs Java serialisation). A date is a decision's: it may not be before the
 * day the matter was submitted for decision nor after today, both in the province's time zone
 * ({@code vientro.calendar.zone}). Dispatches: each recipient the field's variable lists exactly once, with a method of
 * {@link Dispatch.Method} and the day sent, neither before the decision (the process's {@code submittedAt}) nor in the
 * future; kept as {@link Dispatch#encode}.
 */
@ApplicationScoped
public class CompletionValidator {

    @Inject
    Clock clock;

    @Inject
    @ProvinceZone
    ZoneId zone;

    /**
     * @param submittedAt when what the task decides was submitted (the proposal, the amendment's request), or for the
     *                    sending of a decision, the decision
     * @param variables   the task's process variables by name (the recipients of a dispatches field)
     */
    public Map<String, Object> validate(StepDefinition step, CompletionInput input, Instant submittedAt,
                                        Function<String, Object> variables) {
        if (step.outcome(input.outcome()).isEmpty()) {
            List<String> allowed = step.outcomes().stream().map(StepDefinition.Outcome::id).toList();
            throw DomainException.invalid("outcome", ProblemCode.NOT_AN_OUTCOME, "'" + input.outcome()
                    + "' is not an outcome of this task; allowed: " + allowed, input.outcome(), allowed);
        }
        Map<String, Object> given = input.fields() == null ? Map.of() : input.fields();
        Map<String, Object> values = new LinkedHashMap<>();
        for (StepDefinition.Field field : step.fieldsFor(input.outcome())) {
            Object raw = given.get(field.name());
            boolean blank = raw == null || (raw instanceof String s && s.isBlank())
                    || (raw instanceof Collection<?> c && c.isEmpty());
            if (blank) {
                if (field.required()) {
                    throw DomainException.invalid("fields." + field.name(), ProblemCode.REQUIRED,
                            "required for outcome '" + input.outcome() + "'");
                }
                continue;
            }
            switch (field.type()) {
                case TEXT -> values.put(field.name(), text(field, raw));
                case DATE -> values.put(field.name(), field.decision() ? decisionDate(field, raw, submittedAt)
                        : field.future() ? futureDate(field, raw) : date(field, raw));
                case CHOICE -> values.put(field.name(), choice(field, raw));
                case AGENCIES -> {
                    List<String> codes = agencies(field, raw);
                    values.put(field.name(), String.join(",", codes));
                    values.put(field.name() + "Count", codes.size());
                }
                case DISPATCHES -> values.put(field.name(), Dispatch.encode(dispatches(field, raw,
                        recipients(variables.apply(field.source())), submittedAt)));
            }
        }
        return values;
    }

    private static String text(StepDefinition.Field field, Object raw) {
        if (!(raw instanceof String s)) {
            throw DomainException.invalid("fields." + field.name(), ProblemCode.WRONG_TYPE, "must be text");
        }
        if (s.length() > field.maxLength()) {
            throw DomainException.invalid("fields." + field.name(), ProblemCode.LENGTH,
                    "must be at most " + field.maxLength() + " characters", field.maxLength());
        }
        return s.strip();
    }

    /** One of the field's declared options, by its id. */
    private static String choice(StepDefinition.Field field, Object raw) {
        List<String> allowed = field.options().stream().map(StepDefinition.Option::code).toList();
        if (!(raw instanceof String s) || !allowed.contains(s)) {
            throw DomainException.invalid("fields." + field.name(), ProblemCode.NOT_ONE_OF, "must be one of " + allowed, allowed);
        }
        return s;
    }

    private static String date(StepDefinition.Field field, Object raw) {
        try {
            return LocalDate.parse(String.valueOf(raw)).toString();
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("fields." + field.name(), ProblemCode.NOT_A_DATE, "must be a date as YYYY-MM-DD");
        }
    }

    private String decisionDate(StepDefinition.Field field, Object raw, Instant submittedAt) {
        LocalDate date = LocalDate.parse(date(field, raw));
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw DomainException.invalid("fields." + field.name(), ProblemCode.IN_FUTURE,
                    "cannot be in the future (today is " + today + ")", today);
        }
        LocalDate submitted = submittedAt == null ? null : LocalDate.ofInstant(submittedAt, zone);
        if (submitted != null && date.isBefore(submitted)) {
            throw DomainException.invalid("fields." + field.name(), ProblemCode.BEFORE_SUBMISSION,
                    "cannot be before " + submitted + ", the day it was submitted for decision", submitted);
        }
        return date.toString();
    }

    private String futureDate(StepDefinition.Field field, Object raw) {
        LocalDate date = LocalDate.parse(date(field, raw));
        LocalDate today = LocalDate.now(clock);
        if (!date.isAfter(today)) {
            throw DomainException.invalid("fields." + field.name(), ProblemCode.NOT_IN_FUTURE,
                    "must be after today (" + today + ")", today);
        }
        return date.toString();
    }

    private List<String> agencies(StepDefinition.Field field, Object raw) {
        if (!(raw instanceof Collection<?> items)) {
            throw DomainException.invalid("fields." + field.name(), ProblemCode.WRONG_TYPE, "must be a list of agency codes");
        }
        LocalDate today = LocalDate.now(clock);
        Set<String> codes = new LinkedHashSet<>();
        for (Object item : items) {
            String code = String.valueOf(item);
            OrgUnit unit = OrgUnit.findByCode(code).orElseThrow(
                    () -> DomainException.invalid("fields." + field.name(), ProblemCode.UNKNOWN_AGENCY, "no agency has code " + code,
                            code));
            if (!unit.plays(Roles.CONSULTEE, today)) {
                throw DomainException.invalid("fields." + field.name(), ProblemCode.NOT_CONSULTED_AGENCY,
                        code + " (" + unit.nameVi + ") is not a consulted agency", code, unit.nameVi);
            }
            codes.add(code);
        }
        return List.copyOf(codes);
    }

    /** The recipients a dispatches field's variable lists; none is a fault of the process, not of the answer. */
    private static List<String> recipients(Object listed) {
        if (!(listed instanceof String codes) || codes.isBlank()) {
            throw new IllegalStateException("The process names no recipients for this step: " + listed);
        }
        return Arrays.stream(codes.split(",")).map(String::strip).toList();
    }

    /** Each recipient once, in the order given; a problem names the line and its part, e.g. {@code fields.dispatches[1].sentOn}. */
    private List<Dispatch> dispatches(StepDefinition.Field field, Object raw, List<String> recipients, Instant decidedAt) {
        if (!(raw instanceof List<?> lines)) {
            throw DomainException.invalid("fields." + field.name(), ProblemCode.WRONG_TYPE,
                    "must be a list of {recipient, method, sentOn}");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate decided = decidedAt == null ? null : LocalDate.ofInstant(decidedAt, zone);
        List<String> methods = Arrays.stream(Dispatch.Method.values()).map(Enum::name).toList();
        List<Dispatch> dispatches = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String at = "fields." + field.name() + "[" + i + "]";
            if (!(lines.get(i) instanceof Map<?, ?> line)) {
                throw DomainException.invalid(at, ProblemCode.WRONG_TYPE, "must be {recipient, method, sentOn}");
            }
            String recipient = part(line, at, "recipient");
            if (!recipients.contains(recipient)) {
                throw DomainException.invalid(at + ".recipient", ProblemCode.NOT_ONE_OF,
                        "'" + recipient + "' is not a recipient of this decision; allowed: " + recipients, recipients);
            }
            if (!seen.add(recipient)) {
                throw DomainException.invalid(at + ".recipient", ProblemCode.RECIPIENT_TWICE,
                        recipient + " is listed twice", recipient);
            }
            String method = part(line, at, "method");
            if (!methods.contains(method)) {
                throw DomainException.invalid(at + ".method", ProblemCode.NOT_ONE_OF,
                        "'" + method + "' is not a way of sending; allowed: " + methods, methods);
            }
            LocalDate sentOn;
            try {
                sentOn = LocalDate.parse(part(line, at, "sentOn"));
            } catch (DateTimeParseException e) {
                throw DomainException.invalid(at + ".sentOn", ProblemCode.NOT_A_DATE, "must be a date as YYYY-MM-DD");
            }
            if (sentOn.isAfter(today)) {
                throw DomainException.invalid(at + ".sentOn", ProblemCode.IN_FUTURE,
                        "cannot be in the future (today is " + today + ")", today);
            }
            if (decided != null && sentOn.isBefore(decided)) {
                throw DomainException.invalid(at + ".sentOn", ProblemCode.BEFORE_DECISION,
                        "cannot be before " + decided + ", the day of the decision", decided);
            }
            dispatches.add(new Dispatch(recipient, Dispatch.Method.valueOf(method), sentOn));
        }
        recipients.stream().filter(r -> !seen.contains(r)).findFirst().ifPresent(missing -> {
            throw DomainException.invalid("fields." + field.name(), ProblemCode.RECIPIENT_MISSING,
                    "say when and how the decision was sent to " + missing, missing);
        });
        return dispatches;
    }

    /** One part of a dispatch line as text; absent or blank is required. */
    private static String part(Map<?, ?> line, String at, String name) {
        Object value = line.get(name);
        if (value == null || String.valueOf(value).isBlank()) {
            throw DomainException.invalid(at + "." + name, ProblemCode.REQUIRED, "required");
        }
        if (!(value instanceof String text)) {
            throw DomainException.invalid(at + "." + name, ProblemCode.WRONG_TYPE, "must be text");
        }
        return text.strip();
    }
}
