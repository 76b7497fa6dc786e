package vn.vientro.workflow;

/** Names of the process variables the Java side sets or reads; the BPMN and DMN use the same names. */
public final class ProcessVariables {
    public static final String PROPOSAL_ID = "proposalId";
    public static final String KIND = "kind";
    public static final String TITLE = "title";
    public static final String SUBMITTED_BY = "submittedBy";
    /**
     * When what the process decides was submitted (a proposal; an amendment's request), as a date-time: a decision
     * date entered in a task may not be before that day (CompletionValidator).
     */
    public static final String SUBMITTED_AT = "submittedAt";
    /** Time (in checkUnit) the dossier check has used so far; its clock stops while the dossier is with the officer. */
    public static final String CHECK_DAYS_USED = "checkDaysUsed";
    /** How the check's time limit counts (a DMN output, see PeriodUnit): the used time is banked in that unit. */
    public static final String CHECK_UNIT = "checkUnit";
    /** When the dossier was found complete: the appraisal deadline counts from here. */
    public static final String DOSSIER_COMPLETED_AT = "dossierCompletedAt";
    /** Task-local: the outcome and comment a person chose. */
    public static final String OUTCOME = "outcome";
    public static final String COMMENT = "comment";
    /** Task-local: who completed the task (multi-instance tasks and unclaimed tasks are completed without a claim). */
    public static final String COMPLETED_BY = "completedBy";
    /** The agencies chosen for consultation, comma-separated codes (a field of collectOpinions). */
    public static final String AGENCIES = "agencies";
    /** The engine's counter of a multi-instance activity. */
    public static final String LOOP_COUNTER = "loopCounter";
    /** Task-local on giveOpinion: the consulted agency's code. */
    public static final String AGENCY = "agency";

    private ProcessVariables() {
    }

    /** Who completed a single task, e.g. {@code decideRevocationBy}: what follows it acts in that person's name. */
    public static String completedByOf(String taskKey) {
        return taskKey + "By";
    }

    /** The process-level variable a gateway reads after a task, e.g. {@code checkDossierOutcome}. */
    public static String outcomeOf(String taskKey) {
        return taskKey + "Outcome";
    }
}
