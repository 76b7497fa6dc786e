package vn.vientro.project.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import vn.vientro.project.domain.Amendment;
import vn.vientro.project.service.AmendmentProcess;
import vn.vientro.workflow.ProcessVariables;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** Starts the {@code projectAmendment} process; the business key is {@code amendment:<id>}. */
@ApplicationScoped
public class CamundaAmendmentProcess implements AmendmentProcess {

    public static final String PROCESS_KEY = "projectAmendment";
    /** The amendment a process instance decides (read back by {@link AmendmentDecisionListener}). */
    static final String AMENDMENT_ID = "amendmentId";

    @Inject
    RuntimeService runtime;

    @Override
    public String start(Amendment a) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.PROPOSAL_ID, a.projectId);
        variables.put(AMENDMENT_ID, a.id);
        variables.put(ProcessVariables.SUBMITTED_BY, a.requestedBy);
        variables.put(ProcessVariables.SUBMITTED_AT, Date.from(a.requestedAt));   // no decision dated before the request
        return runtime.createProcessInstanceByKey(PROCESS_KEY).businessKey("amendment:" + a.id)
                .setVariables(variables).execute().getId();
    }
}
