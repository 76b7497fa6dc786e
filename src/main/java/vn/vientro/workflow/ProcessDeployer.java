package vn.vientro.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.quarkus.engine.extension.event.CamundaEngineStartupEvent;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers the BPMN's functions and deploys the models from the top-level bpmn/ folder. Duplicate
 * filtering keeps an unchanged model at its version; a changed one becomes a new version while
 * running proposals finish on the version they started with.
 */
@ApplicationScoped
public class ProcessDeployer {

    private static final Logger LOG = Logger.getLogger(ProcessDeployer.class);
    /** The keys of the processes this node deployed; empty until the engine has started and deployed them. */
    private volatile List<String> processKeys = List.of();
    static final String[] RESOURCES = {"bpmn/aid-proposal.bpmn", "bpmn/proposal-route.dmn", "bpmn/document-checklist.dmn",
            "bpmn/project-amendment.bpmn", "bpmn/decision-dispatch.bpmn", "bpmn/decision-dispatch.dmn",
            "bpmn/aid-report.bpmn", "bpmn/start-watchdog.bpmn", "bpmn/start-watchdog.dmn",
            "bpmn/ministry-report-calendar.dmn", "bpmn/annual-ministry-report.bpmn"};

    void deploy(@Observes CamundaEngineStartupEvent event, ProcessEngine engine) throws NoSuchMethodException {
        var expressions = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getExpressionManager();
        expressions.addFunction("dueIn", ProcessFunctions.class.getMethod("dueIn", long.class));
        expressions.addFunction("dueAfter", ProcessFunctions.class.getMethod("dueAfter", java.util.Date.class, long.class));
        expressions.addFunction("dueInUnit", ProcessFunctions.class.getMethod("dueInUnit", long.class, String.class));
        expressions.addFunction("dueAfterInUnit", ProcessFunctions.class.getMethod("dueAfterInUnit", java.util.Date.class, long.class, String.class));
        expressions.addFunction("dueBefore", ProcessFunctions.class.getMethod("dueBefore", java.util.Date.class, long.class));
        expressions.addFunction("dueOn", ProcessFunctions.class.getMethod("dueOn", long.class, String.class));
        expressions.addFunction("listItem", ProcessFunctions.class.getMethod("listItem", String.class, long.class));
        expressions.addFunction("watchDate", ProcessFunctions.class.getMethod("watchDate", String.class, long.class, String.class));

        var builder = engine.getRepositoryService().createDeployment().name("vientro").enableDuplicateFiltering(true);
        List<String> keys = new ArrayList<>();
        for (String resource : RESOURCES) {
            if (resource.endsWith(".bpmn")) {
                keys.addAll(checkSteps(resource));
            }
            builder.addClasspathResource(resource);
        }
        LOG.infof("Process models deployed (deployment %s)", builder.deploy().getId());
        processKeys = List.copyOf(keys);
    }

    public List<String> processKeys() {
        return processKeys;
    }

    /** A model whose steps are declared wrongly stops the start-up, naming each problem; answers its process keys. */
    static List<String> checkSteps(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            BpmnModelInstance model = Bpmn.readModelFromStream(in);
            List<String> problems = StepDefinitions.problems(model);
            if (!problems.isEmpty()) {
                throw new IllegalStateException(resource + " declares its steps wrongly: " + String.join("; ", problems));
            }
            return model.getModelElementsByType(Process.class).stream().map(Process::getId).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
