package vn.vientro.report.service;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The annual-ministry-report process as the service sees it (the engine stays in the workflow layer). */
public interface MinistryReportProcess {

    /** Starts the process for a year by hand (the demo); it ends at once when the year is already claimed. */
    void start(int year);

    /** When the process's yearly timer starts it next (the report of the year then just ended), if it is deployed. */
    Optional<Instant> nextStart();

    /** The open "send the annual report" task of each process instance that has one: instance id to task id. */
    Map<String, String> openTasks();
}
