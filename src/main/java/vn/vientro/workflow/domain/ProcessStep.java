package vn.vientro.workflow.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One step (activity instance) of a process, kept in our schema for good: the engine's own history of it is
 * removed by the history cleanup, this row is not. Written by {@code StepRecorder} from the engine's history events.
 */
@Entity
@Table(name = "process_step")
public class ProcessStep extends PanacheEntityBase {

    @Id
    @Column(name = "activity_instance_id")
    public String activityInstanceId;

    @Column(name = "process_instance_id")
    public String processInstanceId;

    @Column(name = "process_definition_id")
    public String processDefinitionId;

    @Column(name = "process_definition_key")
    public String processDefinitionKey;

    @Column(name = "activity_id")
    public String activityId;

    @Column(name = "activity_type")
    public String activityType;

    @Column(name = "activity_name")
    public String activityName;

    @Column(name = "task_id")
    public String taskId;

    public String assignee;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    /** The engine's order of events, for steps that started in the same millisecond. */
    @Column(name = "sequence_counter")
    public long sequenceCounter;

    /** Null while the step is open. */
    public Long durationMillis() {
        return endedAt == null ? null : Duration.between(startedAt, endedAt).toMillis();
    }

    /** The instance's steps in the order they started (as the engine's history query orders them). */
    public static List<ProcessStep> ofInstance(String processInstanceId) {
        return list("processInstanceId = ?1 order by startedAt, sequenceCounter", processInstanceId);
    }
}
