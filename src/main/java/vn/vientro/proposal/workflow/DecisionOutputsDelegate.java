package vn.vientro.proposal.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.vientro.workflow.StepDefinitions;

/**
 * Evaluates the DMN decision named by the task's {@code decision} property and sets each output as its
 * own process variable. (The engine's own result mapping would store a Map, which needs Java
 * serialisation; plain variables also keep the BPMN's expressions simple: {@code ${consult}}.)
 */
@ApplicationScoped
@Named("decisionOutputs")
public class DecisionOutputsDelegate implements JavaDelegate {

    /** Public for the engine tests of every process that decides by a table (they build this delegate themselves). */
    @Inject
    public DecisionService decisions;

    public DecisionOutputsDelegate() {
    }

    /** For the tests of the BPMN alone, in other processes' packages (no container there). */
    public DecisionOutputsDelegate(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String key = StepDefinitions.properties(execution.getBpmnModelElementInstance()).get("decision");
        var result = decisions.evaluateDecisionByKey(key).variables(execution.getVariables()).evaluate();
        if (result.size() != 1) {
            throw new IllegalStateException("Decision " + key + " gave " + result.size() + " rows for " + execution.getVariables());
        }
        result.getSingleResult().getEntryMap().forEach(execution::setVariable);
    }
}
