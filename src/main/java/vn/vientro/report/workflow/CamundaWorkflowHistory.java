package vn.vientro.report.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import vn.vientro.proposal.workflow.CamundaProposalProcess;
import vn.vientro.report.service.ReportRows;
import vn.vientro.report.service.WorkflowHistory;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the aid-proposal process's history from the engine. */
@ApplicationScoped
public class CamundaWorkflowHistory implements WorkflowHistory {

    @Inject
    HistoryService history;

    @Override
    public Map<String, Long> endedBy(Instant from, Instant to) {
        Map<String, Long> ended = new TreeMap<>();
        for (HistoricProcessInstance pi : history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(CamundaProposalProcess.PROCESS_KEY).finished()
                .finishedAfter(Date.from(from)).finishedBefore(Date.from(to)).list()) {
            ended.merge(pi.getEndActivityId(), 1L, Long::sum);
        }
        return ended;
    }

    @Override
    public List<ReportRows.FinishedTask> tasksFinished(Instant from, Instant to) {
        return history.createHistoricTaskInstanceQuery()
                .processDefinitionKey(CamundaProposalProcess.PROCESS_KEY).finished()
                .finishedAfter(Date.from(from)).finishedBefore(Date.from(to)).list().stream()
                .filter(t -> t.getTaskDefinitionKey() != null)
                .map(t -> new ReportRows.FinishedTask(t.getProcessDefinitionId(), t.getTaskDefinitionKey(),
                        t.getDurationInMillis()))
                .toList();
    }
}
