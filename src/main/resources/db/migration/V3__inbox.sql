-- The task inbox, kept by the engine's task events in the same transaction (see InboxProjection): the
-- inbox is read with one indexed query instead of the engine's generic task query.
create table inbox_item (
    task_id               varchar(64) primary key,
    proposal_id           bigint       not null,
    process_definition_id varchar(64)  not null,
    task_key              varchar(80)  not null,
    assignee              varchar(80),
    created_at            timestamp with time zone not null,
    due_at                timestamp with time zone
);
create index inbox_item_assignee_idx on inbox_item (assignee, due_at);
create index inbox_item_proposal_idx on inbox_item (proposal_id);

create table inbox_candidate (
    task_id  varchar(64) not null references inbox_item (task_id) on delete cascade,
    group_id varchar(80) not null,
    primary key (task_id, group_id)
);
create index inbox_candidate_group_idx on inbox_candidate (group_id, task_id);
