-- Public holidays are computed for any year (PublicHolidays); the holiday table keeps the government's yearly
-- decisions the administrator enters, which win over the computed days. The existing rows stay as decisions
-- (days off). day_off false: a day decided to be worked (a swapped working day, or a computed day cancelled).
alter table holiday add column day_off boolean not null default true;
