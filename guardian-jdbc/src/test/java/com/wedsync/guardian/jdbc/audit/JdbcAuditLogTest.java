package com.wedsync.guardian.jdbc.audit;

import com.wedsync.guardian.pool.PoolSize;
import com.wedsync.guardian.scaling.AuditEntry;
import com.wedsync.guardian.scaling.Decision;
import com.wedsync.guardian.scaling.Direction;
import com.wedsync.guardian.scaling.EmergencyOverride;
import com.wedsync.guardian.scaling.Outcome;
import com.wedsync.guardian.scaling.OverrideScope;
import com.wedsync.guardian.scaling.ScalingMode;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdbcAuditLogTest {

    private static final Instant T0 = Instant.parse("2026-06-13T14:00:00.123456Z");

    private static void roundTrip(ScalingStores.Opened opened) {
        JdbcAuditLog log = new JdbcAuditLog(opened.store().dataSource());
        EmergencyOverride o = new EmergencyOverride("ov-1", "alice", "failover drill", T0, T0.plusSeconds(7200), "orders", OverrideScope.SHRINK);
        Decision blocked = new Decision("orders", T0.plusSeconds(1), ScalingMode.ENFORCE, Direction.SHRINK, new PoolSize(40, 10),
                new PoolSize(10, 2), Outcome.BLOCKED, "shrinking 40 -> 10 is blocked inside the protected window", List.of(), "");
        log.append(AuditEntry.of(o));
        log.append(AuditEntry.of(blocked));
        log.append(AuditEntry.of(new Decision("orders", T0.plusSeconds(2), ScalingMode.ENFORCE, Direction.SHRINK,
                new PoolSize(40, 10), new PoolSize(10, 2), Outcome.APPLIED, "x".repeat(9000), List.of(), "ov-1")));

        List<AuditEntry> all = log.since(T0, 10);
        assertThat(all).hasSize(3);
        assertThat(all.get(0)).isEqualTo(AuditEntry.of(o));
        assertThat(all.get(1).outcome().label()).isEqualTo("blocked");
        assertThat(all.get(1)).isEqualTo(AuditEntry.of(blocked));
        assertThat(all.get(1).reason()).contains("protected window");
        assertThat(all.get(2).reason()).hasSize(8000);
        assertThat(log.since(T0.plusSeconds(2), 10)).hasSize(1);
        assertThat(log.since(T0, 2)).hasSize(2);
    }

    @Test
    void appendsAndReadsBackOnH2() throws SQLException {
        try (ScalingStores.Opened s = ScalingStores.h2()) {
            roundTrip(s);
        }
    }

    @Test
    void appendsAndReadsBackOnPostgres() throws SQLException {
        try (ScalingStores.Opened s = ScalingStores.postgres()) {
            roundTrip(s);
        }
    }

    @Test
    void postgresRefusesToChangeOrDeleteAnAuditEntry() throws SQLException {
        try (ScalingStores.Opened s = ScalingStores.postgres()) {
            roundTrip(s);
            try (Connection c = s.store().dataSource().getConnection(); Statement st = c.createStatement()) {
                assertThatThrownBy(() -> st.executeUpdate("UPDATE scaling_audit SET actor = 'mallory'"))
                        .hasMessageContaining("append-only");
                assertThatThrownBy(() -> st.executeUpdate("DELETE FROM scaling_audit")).hasMessageContaining("append-only");
            }
            assertThat(new JdbcAuditLog(s.store().dataSource()).since(T0, 10)).hasSize(3);
        }
    }
}
