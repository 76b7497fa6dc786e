package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Statement;

/**
 * On PostgreSQL, a trigger refuses UPDATE, DELETE and TRUNCATE on the audit trail, whoever the user, unless the
 * session says {@code set vientro.audit_maintenance = 'on'} (for a deliberate, documented repair). It stops
 * mistakes and naive tampering, not an owner who knows the setting: production's guard is the application's
 * role, which has no UPDATE or DELETE on the table (README, "Database roles"). H2 (dev only) has no PL/pgSQL and
 * gets no trigger; the step is still recorded there, so both histories have the same versions.
 */
public class V9__audit_entry_append_only extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!context.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("""
                    create function audit_entry_append_only() returns trigger language plpgsql as $$
                    begin
                        if coalesce(current_setting('vientro.audit_maintenance', true), '') = 'on' then
                            return case when tg_op = 'DELETE' then old else new end;
                        end if;
                        raise exception 'audit_entry is append-only: % refused', tg_op
                            using errcode = 'insufficient_privilege',
                                  hint = 'set vientro.audit_maintenance = ''on'' for a documented repair';
                    end $$""");
            sql.execute("create trigger audit_entry_append_only before update or delete on audit_entry "
                    + "for each row execute function audit_entry_append_only()");
            sql.execute("create trigger audit_entry_no_truncate before truncate on audit_entry "
                    + "for each statement execute function audit_entry_append_only()");
        }
    }
}
