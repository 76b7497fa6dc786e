-- The audit trail becomes a hash chain, and also records sign-in failures (which belong to no proposal).
-- Each entry's hash covers its content and the previous entry's hash; ids of chained entries are the chain's
-- positions, given out one at a time under the lock on the chain's head (see AuditLog), so the chain is linear
-- even with several nodes. Rows written before this migration are not chained: the chain starts after them
-- (first_id), and the verification counts them as "unchained".
alter table audit_entry alter column proposal_id drop not null;
alter table audit_entry add column prev_hash varchar(64);
alter table audit_entry add column hash varchar(64);

-- One row: the chain's head. Appending locks it (select ... for update), reads the last hash, writes the new one.
create table audit_chain (
    id        integer primary key,
    first_id  bigint not null,
    last_id   bigint,
    last_hash varchar(64)
);
insert into audit_chain (id, first_id) select 1, coalesce(max(id), 0) + 1 from audit_entry;

-- Failed sign-ins, counted per account at an address, per address and per account (key = SHA-256 of scope and
-- subject, so a long or odd username is never stored here). Shared by every node through the database.
create table sign_in_throttle (
    throttle_key    varchar(64) primary key,
    failures        integer not null,
    last_failure_at timestamp with time zone not null,
    blocked_until   timestamp with time zone,
    -- the blocked_until of the last wait whose first refused attempt was recorded in the audit trail
    refusal_recorded_for timestamp with time zone
);
