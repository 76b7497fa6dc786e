-- Database roles for production (README, "Database roles"). Run as a superuser, once the owner has started the
-- service at least once (so Flyway's tables in schema vientro and the engine's in public exist), and again after
-- an upgrade that adds tables. Replace the names and the password; one statement per line ending in ';'.
--
-- Two roles: the owner of the tables (it ran the migrations and the engine's schema creation: start the service
-- with DB_USER set to it for a first start or an upgrade, then stop it) and vientro_app, the role the service
-- serves with (DB_USER=vientro_app). vientro_app reads and writes every table, but may only read and insert the
-- audit trail, so nobody holding its password can rewrite it; it cannot change Flyway's history either.
create role vientro_app login password 'change-me';
grant usage on schema vientro to vientro_app;
grant usage on schema public to vientro_app;
grant select, insert, update, delete on all tables in schema vientro to vientro_app;
grant select, insert, update, delete on all tables in schema public to vientro_app;
grant usage, select on all sequences in schema vientro to vientro_app;
grant usage, select on all sequences in schema public to vientro_app;
revoke update, delete, truncate on vientro.audit_entry from vientro_app;
revoke insert, update, delete, truncate on vientro.flyway_schema_history from vientro_app;
