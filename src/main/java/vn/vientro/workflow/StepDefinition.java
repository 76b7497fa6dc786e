package vn.vientro.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a BPMN user task declares about itself in its extension properties: the outcomes a person may
 * choose, the fields each outcome requires, and its rules. The inbox and the completion check read it
 * from here, so a new step or a changed rule is a new process version, not new Java.
 *
 * <pre>
 *   outcome:&lt;id&gt;          = "Vietnamese label | English label"   (in the order offered)
 *   fields:&lt;outcome&gt;      = "name:type, other:type?"   types: text, text(n) (at most n characters),
 *                            date, date(decision) (a decision's date), date(future) (after today), agencies, choice(a|b|c) (one of the
 *                            options a, b, c),
 *                            dispatches(variable) (for each recipient the process variable lists, comma-separated,
 *                            the day it was sent and how); '?' = optional
 *   label:&lt;field&gt;         = "Vietnamese label | English label" of a field (without one: its name made readable)
 *   label:&lt;field&gt;.&lt;code&gt;  = the label of one value a field may take, e.g. one recipient of a dispatches field
 *                            or one option of a choice
 *   subject                = "Vietnamese | English" what a step about no proposal is about, with {variable}s of
 *                            its process filled in, e.g. "Báo cáo năm {reportYear} | Report for {reportYear}"
 *   download:&lt;id&gt;         = "Vietnamese label | English label | /api/path/{variable}": a document the person
 *                            doing the step downloads from the task page, in the declared order
 *   decisionConditions     = "field, other": fields whose values are conditions the final decision carries
 *   shows                  = "step, other": the steps whose recorded results the person doing this one sees
 *   report                 = the variable holding the id of the report obligation the step is about (its page shows
 *                            the report), e.g. obligationId
 *   status                 = the proposal status while the task is open
 *   nameEn                 = the step's English name (the BPMN name is the Vietnamese one)
 *   separateFromSubmitter  = true: whoever submitted the proposal may not do this step
 *   editsProposal          = true: the proposal's owner may edit it while this step is open
 *   deadlineDays           = the variable (a DMN output) holding the days the step is allowed
 *   deadlineUnit           = the variable (a DMN output) holding how they count: WORKING_DAYS (the default) or DAYS
 *   deadlineBasis          = the variable (a DMN output) holding the article the time limit comes from (none: internal)
 *   deadlineFrom           = the variable holding when its clock started (default: when the task was created)
 *   deadlineDaysUsed       = the variable holding days (in the unit) used in earlier rounds (a paused clock)
 * </pre>
 */
public record StepDefinition(String key, String nameVi, String nameEn, List<Outcome> outcomes,
                             Map<String, List<Field>> fields, boolean separateFromSubmitter, boolean editsProposal,
                             boolean multiInstance, Deadline deadline, List<String> shows, Subject subject,
                             List<Download> downloads, String reportVariable) {

    /** A step with no subject of its own (it is about its proposal) and nothing to download. */
    public StepDefinition(String key, String nameVi, String nameEn, List<Outcome> outcomes, Map<String, List<Field>> fields,
                          boolean separateFromSubmitter, boolean editsProposal, boolean multiInstance, Deadline deadline,
                          List<String> shows) {
        this(key, nameVi, nameEn, outcomes, fields, separateFromSubmitter, editsProposal, multiInstance, deadline, shows,
                null, List.of(), null);
    }

    /** What a step about no proposal is about, in both languages, its {variable}s not yet filled in. */
    public record Subject(String vi, String en) {
    }

    /** A document to download; {@code path} may hold {variable}s of the process, filled in when the task is read. */
    public record Download(String id, String labelVi, String labelEn, String path) {
    }

    /** Names of process variables, not values: the values differ per proposal. Null parts are absent. */
    public record Deadline(String daysVariable, String fromVariable, String daysUsedVariable, String unitVariable,
                           String basisVariable) {
    }

    public record Outcome(String id, String labelVi, String labelEn) {
    }

    public enum FieldType { TEXT, DATE, AGENCIES, DISPATCHES, CHOICE }

    /**
     * {@code maxLength} applies to text (0 for other types); {@code decision} marks the date of a decision
     * ({@code date(decision)}): on or after the day the matter was submitted, and not in the future; {@code future} a date
     * still to come ({@code date(future)}, e.g. the next day a watch looks again): after today. The labels are
     * null when the step declares none; {@code condition}: its value is a condition the final decision carries.
     * {@code source}: the process variable holding the values the field takes (the recipients of a dispatches field),
     * null for other types; {@code options}: the labels the step declares for such values.
     */
    public record Field(String name, FieldType type, boolean required, int maxLength, boolean decision, boolean future,
                        String labelVi, String labelEn, boolean condition, String source, List<Option> options) {

        /** The label of a value, or the value itself when the step declares none. */
        public Option option(String code) {
            return options.stream().filter(o -> o.code().equals(code)).findFirst().orElse(new Option(code, code, code));
        }
    }

    /** A value a field may take (an option of a choice, a recipient of a dispatches field), with its labels. */
    public record Option(String code, String labelVi, String labelEn) {
    }

    public Optional<Outcome> outcome(String id) {
        return outcomes.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    public List<Field> fieldsFor(String outcome) {
        return fields.getOrDefault(outcome, List.of());
    }
}
