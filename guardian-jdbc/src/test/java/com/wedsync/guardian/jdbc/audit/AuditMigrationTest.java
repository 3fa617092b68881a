package com.wedsync.guardian.jdbc.audit;

import com.wedsync.guardian.pool.PoolSize;
import com.wedsync.guardian.scaling.AuditEntry;
import com.wedsync.guardian.scaling.AuditLines;
import com.wedsync.guardian.scaling.AuditOutcome;
import com.wedsync.guardian.scaling.Decision;
import com.wedsync.guardian.scaling.Direction;
import com.wedsync.guardian.scaling.Outcome;
import com.wedsync.guardian.scaling.ScalingMode;
import com.wedsync.guardian.jdbc.store.GuardianStore;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store written by a guardian before the audit log had fields (Flyway V3) is migrated in place: its rows stay
 * readable, shown from their text, and new rows are read back field by field.
 */
class AuditMigrationTest {

    private static final Instant T0 = Instant.parse("2026-06-13T14:00:00Z");
    private static final String OLD_ROW = "INSERT INTO scaling_audit (at, pool, kind, outcome, actor, size_from, size_to, reason,"
            + " override_id) VALUES (TIMESTAMP WITH TIME ZONE '2026-06-13 14:00:00+00', 'orders', 'action', 'rolled-back',"
            + " 'guardian', 'max=10 minIdle=2', 'max=40 minIdle=10', 'grow (enforce): shrink made things worse', '')";

    private static void oldRowStaysReadable(String url, String user, String location) throws SQLException {
        Flyway.configure().dataSource(url, user, null).locations("classpath:db/guardian/" + location).target("3").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, null); Statement s = c.createStatement()) {
            s.execute(OLD_ROW);
        }
        try (GuardianStore store = GuardianStore.open(url, user, null)) {
            JdbcAuditLog log = new JdbcAuditLog(store.dataSource());
            Decision applied = new Decision("orders", T0.plusSeconds(60), ScalingMode.ENFORCE, Direction.GROW, new PoolSize(10, 2),
                    new PoolSize(20, 5), Outcome.APPLIED, "scale up at once to 20", List.of(), "");
            log.append(AuditEntry.of(applied));

            List<AuditEntry> all = log.since(T0, 10);
            AuditEntry old = all.get(0);
            assertThat(old.outcome()).isEqualTo(AuditOutcome.ROLLED_BACK);
            assertThat(old.direction()).isNull();
            assertThat(old.from()).isNull();
            assertThat(AuditLines.console(old, ZoneId.of("UTC"), id -> "")).isEqualTo("Sat 14:00  rolled back orders —"
                    + " max=10 minIdle=2 -> max=40 minIdle=10: grow (enforce): shrink made things worse");
            assertThat(all.get(1)).isEqualTo(AuditEntry.of(applied));
            assertThat(all.get(1).to()).isEqualTo(new PoolSize(20, 5));
        }
    }

    @Test
    void anOldH2StoreKeepsItsRowsReadable() throws SQLException {
        String url = "jdbc:h2:mem:audit_migration_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        oldRowStaysReadable(url, "sa", "h2");
    }

    @Test
    void anOldPostgresStoreKeepsItsRowsReadable() throws SQLException {
        String schema = "audit_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(ScalingStores.PG, "postgres", null); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        try {
            oldRowStaysReadable(ScalingStores.PG + "?currentSchema=" + schema, "postgres", "postgresql");
        } finally {
            try (Connection c = DriverManager.getConnection(ScalingStores.PG, "postgres", null); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
