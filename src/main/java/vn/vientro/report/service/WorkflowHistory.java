package vn.vientro.report.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the reports read from the workflow's history; the adapter lives in report.workflow. */
public interface WorkflowHistory {

    /** Proposal processes that ended in {@code [from, to)}, counted by the end event they reached. */
    Map<String, Long> endedBy(Instant from, Instant to);

    /** The proposal process's user tasks finished in {@code [from, to)}. */
    List<ReportRows.FinishedTask> tasksFinished(Instant from, Instant to);
}
