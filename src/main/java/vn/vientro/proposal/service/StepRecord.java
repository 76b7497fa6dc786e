package vn.vientro.proposal.service;

import java.time.Instant;
import java.util.*;

/**
 * What one step of a proposal's process recorded: the outcome chosen and each field the step declares for it, labelled
 * as the process version it ran on declares them, the comment, who did it (and for which agency, when the step was
 * asked of one) and when. A step that ended without an answer (an agency still silent when the consultation's
 * deadline passed) has no outcome and no author; its time is when it ended.
 */
public record StepRecord(String taskId, String stepKey, String stepNameVi, String stepNameEn, String outcome,
                         String outcomeLabelVi, String outcomeLabelEn, List<FieldValue> fields, String comment,
                         String author, String agency, Instant at) {

    /**
     * One field as recorded. {@code type}: TEXT, DATE, AGENCIES or DISPATCHES; {@code value}: the text, the date as
     * YYYY-MM-DD, the list of agency codes, or the list of dispatches ({@code recipient}, its {@code recipientLabelVi}
     * and {@code recipientLabelEn}, {@code method}, {@code sentOn}). The labels are null when the step declares none. {@code condition}: a condition the
     * final decision carries.
     */
    public record FieldValue(String name, String labelVi, String labelEn, String type, Object value, boolean condition) {
    }

    /** A condition attached to a decision: its text and label, and the step, agency, person and time it came from. */
    public record Condition(String text, String labelVi, String labelEn, String stepKey, String stepNameVi,
                            String stepNameEn, String agency, String author, Instant at) {
    }

    /**
     * The conditions a decision carries: every condition field of each step's latest record per agency, so an
     * agency's later answer replaces its earlier one and the deciding step's last record is the decision itself.
     */
    public static List<Condition> conditions(List<StepRecord> records) {
        Map<List<String>, StepRecord> latest = new LinkedHashMap<>();
        for (StepRecord r : records) {
            if (r.outcome() != null) {
                latest.remove(Arrays.asList(r.stepKey(), r.agency()));
                latest.put(Arrays.asList(r.stepKey(), r.agency()), r);
            }
        }
        List<Condition> conditions = new ArrayList<>();
        for (StepRecord r : latest.values()) {
            for (FieldValue f : r.fields()) {
                if (f.condition() && f.value() instanceof String text && !text.isBlank()) {
                    conditions.add(new Condition(text, f.labelVi(), f.labelEn(), r.stepKey(), r.stepNameVi(),
                            r.stepNameEn(), r.agency(), r.author(), r.at()));
                }
            }
        }
        return conditions;
    }
}
