-- After the decision a project may be revoked (Decree 80/2020 Art. 4(7): not started within the watch period
-- without good reason) or closed (Art. 18: after its completion report). The status column is a varchar without a
-- check constraint, so REVOKED and CLOSED need no change to it; these columns say when, by which decision and why.
alter table proposal
    add column revocation_number  varchar(60),
    add column revocation_date    date,
    add column revocation_reason  varchar(2000),
    add column closed_on          date,
    add column closure_reason     varchar(2000),
    -- The aid owner (or the office on its behalf) confirms the aid has started: the start watchdog then stops.
    add column start_confirmed_on date,
    add column start_confirmed_by varchar(100),
    add constraint proposal_revocation_whole check (
        (revocation_number is null and revocation_date is null and revocation_reason is null)
        or (revocation_number is not null and revocation_date is not null and revocation_reason is not null)),
    add constraint proposal_start_confirmed_whole check ((start_confirmed_on is null) = (start_confirmed_by is null));
