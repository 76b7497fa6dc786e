package vn.vientro.project.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import vn.vientro.proposal.service.FollowingProcesses;

import java.util.List;

/**
 * The project's start watch, so that its review and decision are the proposal's recorded steps (the approver's
 * decision shows the appraiser's review). Found by its business key in the engine's history, which keeps an instance
 * for the process's history time to live (ten years).
 */
@ApplicationScoped
public class StartWatchInstances implements FollowingProcesses {

    @Inject
    HistoryService history;

    @Override
    public List<String> instancesOf(long proposalId) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(StartWatchdog.PROCESS_KEY)
                .processInstanceBusinessKey("project:" + proposalId).orderByProcessInstanceStartTime().asc().list()
                .stream().map(HistoricProcessInstance::getId).toList();
    }
}
