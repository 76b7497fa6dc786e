-- The engine's history is cleaned up after the processes' historyTimeToLive (see README, Retention); what the
-- province keeps is in our own tables. Each step of a process as the engine records it (one row per activity
-- instance, written by StepRecorder in the engine's transaction), for the timeline, the diagram and the reports.
create table process_step (
    activity_instance_id   varchar(64)  primary key,
    process_instance_id    varchar(64)  not null,
    process_definition_id  varchar(64)  not null,
    process_definition_key varchar(255) not null,
    activity_id            varchar(255) not null,
    activity_type          varchar(255) not null,
    activity_name          varchar(255),
    task_id                varchar(64),
    assignee               varchar(255),
    started_at             timestamp with time zone not null,
    ended_at               timestamp with time zone,
    sequence_counter       bigint       not null
);
create index process_step_instance_idx on process_step (process_instance_id, started_at);
create index process_step_ended_idx on process_step (process_definition_key, activity_type, ended_at);

-- When a proposal was closed (approved, rejected, withdrawn): the reports count outcomes by it.
alter table proposal add column closed_at timestamp with time zone;
update proposal set closed_at = updated_at where status in ('APPROVED', 'REJECTED', 'WITHDRAWN');
