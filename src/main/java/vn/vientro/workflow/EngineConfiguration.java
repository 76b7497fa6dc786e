package vn.vientro.workflow;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.quarkus.engine.extension.QuarkusProcessEngineConfiguration;

import java.util.ArrayList;
import java.util.List;

/**
 * The engine's configuration beyond application.properties: every user task of every process reports
 * its lifecycle to each {@link UserTaskObserver} bean, as a built-in listener (it runs even when an operator
 * deletes an instance with custom listeners skipped), and every step is recorded by {@link StepRecorder}.
 */
@ApplicationScoped
public class EngineConfiguration extends QuarkusProcessEngineConfiguration {

    private static final List<String> TASK_EVENTS = List.of(TaskListener.EVENTNAME_CREATE,
            TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_COMPLETE,
            TaskListener.EVENTNAME_DELETE);

    public EngineConfiguration() {
        List<org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener> listeners = new ArrayList<>();
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                TaskListener observers = task -> Arc.container().select(UserTaskObserver.class)
                        .forEach(observer -> observer.notify(task));
                TASK_EVENTS.forEach(event -> definition.addBuiltInTaskListener(event, observers));
            }
        });
        setCustomPostBPMNParseListeners(listeners);
        // Beside the engine's own history (which the history cleanup removes), each step is kept in our schema.
        setCustomHistoryEventHandlers(List.of(StepRecorder.handler()));
    }
}
