package vn.vientro.proposal.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import vn.vientro.proposal.domain.Proposal;
import vn.vientro.proposal.service.ProposalProcess;
import vn.vientro.proposal.service.StepRecord;
import vn.vientro.workflow.StepDefinitions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vientro.workflow.ProcessVariables;

/** Starts and inspects the {@code aidProposal} process; the business key is the proposal id. */
@ApplicationScoped
public class CamundaProposalProcess implements ProposalProcess {

    public static final String PROCESS_KEY = "aidProposal";

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    StepDefinitions steps;

    @Inject
    StepRecords records;

    @Override
    public String start(Proposal p) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.PROPOSAL_ID, p.id);
        variables.put(ProcessVariables.KIND, p.kind.name());
        variables.put(ProcessVariables.TITLE, p.titleVi);
        variables.put(ProcessVariables.SUBMITTED_BY, p.owner);
        variables.put(ProcessVariables.SUBMITTED_AT, java.util.Date.from(p.submittedAt));
        variables.put(ProcessVariables.CHECK_DAYS_USED, 0L);
        return runtime.createProcessInstanceByKey(PROCESS_KEY).businessKey(String.valueOf(p.id))
                .setVariables(variables).execute().getId();
    }

    @Override
    public boolean awaitsOwner(Proposal p) {
        if (p.processInstanceId == null) {
            return false;
        }
        return tasks.createTaskQuery().processInstanceId(p.processInstanceId).taskAssignee(p.owner).list().stream()
                .anyMatch(t -> steps.of(t.getProcessDefinitionId(), t.getTaskDefinitionKey()).editsProposal());
    }

    @Override
    public List<StepRecord> records(Proposal p) {
        return records.of(p);
    }
}
