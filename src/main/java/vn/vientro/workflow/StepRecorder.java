package vn.vientro.workflow;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.jboss.logging.Logger;
import vn.vientro.common.domain.Causes;
import vn.vientro.workflow.domain.ProcessStep;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Copies each activity instance the engine records (its start, task and assignee, end) into {@link ProcessStep},
 * in the engine's transaction, so the timeline, diagram and reports never need the engine's history, which the
 * history cleanup removes. Registered beside the engine's own database history handler.
 */
@ApplicationScoped
public class StepRecorder {

    private static final Logger LOG = Logger.getLogger(StepRecorder.class);

    @Inject
    EntityManager em;

    /** The engine creates its handlers before CDI: this one finds the bean when an event arrives. */
    static HistoryEventHandler handler() {
        return new HistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                if (event instanceof HistoricActivityInstanceEventEntity activity) {
                    Arc.container().instance(StepRecorder.class).get().record(activity);
                }
            }

            @Override
            public void handleEvents(List<HistoryEvent> events) {
                events.forEach(this::handleEvent);
            }
        };
    }

    /**
     * Once, on the first start with this table: copies the steps the engine recorded before we kept our own,
     * so proposals started earlier keep their timeline after the cleanup. Runs at the application's start-up (after
     * Flyway and Hibernate), not the engine's, which may come before them. A copy that cannot be made stops the
     * start: once this node records new steps the table is no longer empty and the copy would never be tried again.
     */
    void copyEarlierSteps(@Observes @Priority(50) StartupEvent started) {
        int copied = untilDone(() -> QuarkusTransaction.requiringNew().call(() -> {
            if (ProcessStep.count() > 0) {
                return 0;
            }
            return em.createNativeQuery("insert into {h-schema}process_step (activity_instance_id, process_instance_id, "
                    + "process_definition_id, process_definition_key, activity_id, activity_type, activity_name, task_id, "
                    + "assignee, started_at, ended_at, sequence_counter) "
                    + "select ID_, PROC_INST_ID_, PROC_DEF_ID_, PROC_DEF_KEY_, ACT_ID_, ACT_TYPE_, ACT_NAME_, TASK_ID_, "
                    + "ASSIGNEE_, START_TIME_, END_TIME_, SEQUENCE_COUNTER_ from ACT_HI_ACTINST").executeUpdate();
        }));
        if (copied > 0) {
            LOG.infof("Copied %d process steps recorded by the engine before V11", copied);
        }
    }

    static final int COPY_ATTEMPTS = 3;
    /** unique_violation: another node's copy committed the same rows first. */
    private static final String DUPLICATE = "23505";

    /**
     * Runs {@code copy} until it is done. Two nodes upgraded at the same moment may both copy: the second one's copy
     * fails on the first one's rows, and its next attempt finds the table filled. Any other failure, or one that
     * keeps coming back, stops the start with the reason.
     */
    static int untilDone(Supplier<Integer> copy) {
        for (int attempt = 1; ; attempt++) {
            try {
                return copy.get();
            } catch (RuntimeException e) {
                boolean duplicate = Causes.any(e, cause -> cause instanceof SQLException sql && DUPLICATE.equals(sql.getSQLState()));
                if (!duplicate || attempt == COPY_ATTEMPTS) {
                    throw new IllegalStateException("Could not copy the process steps the engine recorded before V11 into "
                            + "process_step (attempt " + attempt + " of " + COPY_ATTEMPTS + "): " + Causes.rootMessage(e)
                            + ". The timelines of earlier proposals need them: fix the cause and start again", e);
                }
                LOG.infof("Process steps copied by another node meanwhile (%s); checking again", Causes.rootMessage(e));
            }
        }
    }

    void record(HistoricActivityInstanceEventEntity event) {
        ProcessStep step;
        if (event.isEventOfType(HistoryEventTypes.ACTIVITY_INSTANCE_START)) {
            step = new ProcessStep();
            step.activityInstanceId = event.getActivityInstanceId();
            step.processInstanceId = event.getProcessInstanceId();
            step.processDefinitionId = event.getProcessDefinitionId();
            step.processDefinitionKey = event.getProcessDefinitionKey();
            step.activityId = event.getActivityId();
            step.activityType = event.getActivityType();
            step.activityName = event.getActivityName();
            step.startedAt = event.getStartTime().toInstant();
            step.sequenceCounter = event.getSequenceCounter();
            em.persist(step);
        } else {
            step = em.find(ProcessStep.class, event.getActivityInstanceId());
            if (step == null) {
                return;   // a step that started before steps were recorded: its engine history is all there is
            }
        }
        if (event.getTaskId() != null) {
            step.taskId = event.getTaskId();
        }
        if (event.isEventOfType(HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE)) {
            step.assignee = event.getTaskAssignee();   // claimed, reassigned or unclaimed
        } else if (event.isEventOfType(HistoryEventTypes.ACTIVITY_INSTANCE_END)) {
            step.endedAt = event.getEndTime().toInstant();
        }
    }
}
