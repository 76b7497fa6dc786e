package vn.vientro.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.vientro.proposal.workflow.CamundaProposalProcess;

/** Ready once the engine answers and the aid-proposal process is deployed. */
@Readiness
@ApplicationScoped
public class EngineReadinessCheck implements HealthCheck {

    @Inject
    ProcessEngine engine;

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("Workflow engine");
        try {
            var definition = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(CamundaProposalProcess.PROCESS_KEY).latestVersion().singleResult();
            return definition == null ? builder.down().withData("reason", "process not deployed").build()
                    : builder.up().withData("processVersion", definition.getVersion()).build();
        } catch (RuntimeException e) {
            return builder.down().withData("reason", e.getClass().getSimpleName()).build();
        }
    }
}
