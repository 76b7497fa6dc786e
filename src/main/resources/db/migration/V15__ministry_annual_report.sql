-- The province's annual report to the ministry (Decree 80/2020 Art. 13(9)): one row per report year, claimed by the
-- process instance that prepares it (the primary key keeps a second start for the same year from going on) and
-- completed when the Department of Foreign Affairs records how and when it was sent.
create table ministry_report (
    report_year         integer primary key,
    process_instance_id varchar(64)  not null,
    due_at              timestamp with time zone,
    started_at          timestamp with time zone not null,
    sent_on             date,
    sent_via            varchar(20),
    sent_by             varchar(80),
    recorded_at         timestamp with time zone,
    constraint ministry_report_sent_via check (sent_via in ('post', 'email', 'documentSystem')),
    constraint ministry_report_sent_complete check ((sent_on is null) = (sent_via is null) and (sent_on is null) = (sent_by is null))
);

-- A task need not be about a proposal: the annual report's task is about a year.
alter table inbox_item alter column proposal_id drop not null;
