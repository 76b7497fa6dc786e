package vn.vientro.project.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import vn.vientro.project.service.AmendmentService;
import vn.vientro.workflow.StepDefinitions;

import java.time.LocalDate;

/** Runs at the amendment process's end events; the {@code decision} property says which end it is. */
@ApplicationScoped
@Named("amendmentDecision")
public class AmendmentDecisionListener implements ExecutionListener {

    @Inject
    AmendmentService amendments;

    @Override
    public void notify(DelegateExecution execution) {
        boolean approved = "APPROVED".equals(StepDefinitions.properties(execution.getBpmnModelElementInstance()).get("decision"));
        Object date = execution.getVariable("decisionDate");
        amendments.decided(((Number) execution.getVariable(CamundaAmendmentProcess.AMENDMENT_ID)).longValue(), approved,
                (String) execution.getVariable("decisionNumber"), date == null ? null : LocalDate.parse(date.toString()),
                (String) execution.getVariable("rejectionReason"));
    }
}
