package vn.vientro.project.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import vn.vientro.project.service.AidStarted;

/**
 * Ends the start watchdog's open review when the aid starts: message {@code aidStarted} to the project's watch. Only
 * a watch in review waits for it; at other times nothing matches and the watch's own check at its timer sees the start.
 */
@ApplicationScoped
public class StartReviewEnder {

    static final String MESSAGE = "aidStarted";

    @Inject
    RuntimeService runtime;

    void started(@Observes AidStarted started) {
        runtime.createMessageCorrelation(MESSAGE).processInstanceBusinessKey("project:" + started.projectId()).correlateAll();
    }
}
