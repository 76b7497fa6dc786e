package vn.vientro.task.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.vientro.common.ProvinceZone;
import vn.vientro.common.domain.DomainException;
import vn.vientro.common.domain.ProblemCode;
import vn.vientro.reference.domain.OrgUnit;
import vn.vientro.security.Roles;
import vn.vientro.workflow.StepDefinition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.*;

/**
 * Checks an answer against what the task declares: the outcome must be one it allows and every field
 * that outcome requires must be present and of its type. Returns the fields as process variables:
 * text as is, dates as ISO strings, a choice as its option's id, agencies as a comma-separated list of codes plus {@code <name>Count}
 * (plain values, so the engine never needs Java serialisation). A date is a decision's: it may not be before the
 * day the matter was submitted for decision nor after today, both in the province's time zone
 * ({@code vientro.calendar.zone}).
 */
@ApplicationScoped
public class CompletionValidator {

    @Inject
    Clock clock;

    @Inject
    @ProvinceZone
    ZoneId zone;

    /** @param submittedAt when what the task decides was submitted (the proposal, the amendment's request) */
    public Map<String, Object> validate(StepDefinition step, CompletionInput input, Instant submittedAt) {
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
                case DATE -> values.put(field.name(), field.decision() ? decisionDate(field, raw, submittedAt) : date(field, raw));
                case CHOICE -> values.put(field.name(), choice(field, raw));
                case AGENCIES -> {
                    List<String> codes = agencies(field, raw);
                    values.put(field.name(), String.join(",", codes));
                    values.put(field.name() + "Count", codes.size());
                }
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
        List<String> allowed = field.options().stream().map(StepDefinition.Option::id).toList();
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
}
