package vn.vientro.proposal.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import vn.vientro.proposal.domain.AidKind;
import vn.vientro.proposal.domain.ProposalDocument;
import vn.vientro.proposal.service.DocumentChecklist;

import java.util.List;
import vn.vientro.workflow.ProcessVariables;

/** Reads the checklist from the latest version of the DMN decision {@code documentChecklist}. */
@ApplicationScoped
public class DecisionTableChecklist implements DocumentChecklist {

    static final String DECISION_KEY = "documentChecklist";

    @Inject
    DecisionService decisions;

    @Override
    public List<Requirement> forKind(AidKind kind) {
        var rows = decisions.evaluateDecisionTableByKey(DECISION_KEY,
                Variables.createVariables().putValue(ProcessVariables.KIND, kind.name()));
        // A type the table names but the code does not know is a deployment error: valueOf fails loudly.
        return rows.stream().map(row -> new Requirement(
                ProposalDocument.Type.valueOf(row.<String>getEntry("documentType")),
                Boolean.TRUE.equals(row.<Boolean>getEntry("required")))).toList();
    }
}
