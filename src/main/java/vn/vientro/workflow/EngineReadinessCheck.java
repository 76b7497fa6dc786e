package vn.vientro.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the engine answers and every process this node deploys has a version in the database. */
@Readiness
@ApplicationScoped
public class EngineReadinessCheck implements HealthCheck {

    @Inject
    ProcessEngine engine;

    @Inject
    ProcessDeployer deployer;

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("Workflow engine");
        var keys = deployer.processKeys();
        if (keys.isEmpty()) {
            return builder.down().withData("reason", "processes not deployed yet").build();
        }
        try {
            for (String key : keys) {
                var definition = engine.getRepositoryService().createProcessDefinitionQuery()
                        .processDefinitionKey(key).latestVersion().singleResult();
                if (definition == null) {
                    return builder.down().withData("reason", key + " not deployed").build();
                }
                builder.withData(key, definition.getVersion());
            }
            return builder.up().build();
        } catch (RuntimeException e) {
            return builder.down().withData("reason", e.getClass().getSimpleName()).build();
        }
    }
}
