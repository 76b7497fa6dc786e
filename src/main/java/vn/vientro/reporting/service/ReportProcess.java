package vn.vientro.reporting.service;

import vn.vientro.reporting.domain.ReportObligation;
import vn.vientro.reporting.domain.ReportingRule;

/** What the reporting services need from the workflow engine; the adapter lives in reporting.workflow. */
public interface ReportProcess {

    /** Starts the obligation's process (waiting for the report, its reminder and overdue timers); its instance id. */
    String start(ReportObligation obligation, ReportingRule rule, String aidOwnerGroup);

    /** The report came in: the step waiting for it (first report or correction) is done, a chase is moot. */
    void reportSubmitted(ReportObligation obligation, long reportId, String by);

    /** The due date moved (the calendar changed): the waiting step's due date and both timers follow it. */
    void rescheduled(ReportObligation obligation, ReportingRule rule);

    /** The report is no longer owed: its process ends with its tasks and timers, the reason kept in its history. */
    void cancel(ReportObligation obligation, String reason);
}
