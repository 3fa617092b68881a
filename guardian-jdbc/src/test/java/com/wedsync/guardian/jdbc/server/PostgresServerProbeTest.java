package com.wedsync.guardian.jdbc.server;

import com.wedsync.guardian.server.ServerView;
import com.wedsync.guardian.testing.Eventually;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresServerProbeTest {

    private static final Instant T0 = Instant.parse("2026-09-05T14:00:00Z");
    private static final Clock FIXED = Clock.fixed(T0, ZoneOffset.UTC);

    private Instant now = T0;

    private ServerView next(PostgresServerProbe probe) {
        now = now.plusSeconds(5);
        return probe.read(now);
    }

    private static PostgresServerProbe probe(String url, String user) {
        return new PostgresServerProbe(ServerProbeConfig.builder().name("main").jdbcUrl(url).user(user).build(), FIXED);
    }

    @Test
    void theViewsFiguresFollowTheConnectionsAnApplicationOpensAndCloses() throws Exception {
        String app = Postgres.unique("guardian_test_app");
        List<Connection> opened = new ArrayList<>();
        try (PostgresServerProbe probe = probe(Postgres.URL, Postgres.ADMIN)) {
            ServerView before = probe.read(now);
            assertThat(before.available()).as(before.unavailableReason()).isTrue();
            assertThat(before.maxConnections()).isEqualTo(Postgres.intSetting("max_connections"));
            assertThat(before.reserved()).isEqualTo(Postgres.intSetting("superuser_reserved_connections"));
            assertThat(before.byApplication()).doesNotContainKey(app)
                    .containsKey(ServerConnector.APPLICATION_NAME);
            assertThat(before.partial()).as("a superuser sees every state").isFalse();

            for (int i = 0; i < 3; i++) {
                opened.add(Postgres.connect(app));
            }
            assertThat(probe.read(now.plusSeconds(1))).as("reused until the refresh interval passes").isSameAs(before);

            ServerView during = next(probe);
            assertThat(during.at()).isEqualTo(now);
            assertThat(during.byApplication()).containsEntry(app, 3);
            assertThat(during.byState().get("idle")).isGreaterThanOrEqualTo(3);
            assertThat(during.headroom()).isEqualTo(during.maxConnections() - during.reserved() - during.connections());

            for (Connection c : opened) {
                c.close();
            }
            opened.clear();
            ServerView after = Eventually.until(Duration.ofSeconds(10), "the closed connections to leave pg_stat_activity",
                    () -> next(probe), v -> !v.byApplication().containsKey(app));
            assertThat(after.available()).isTrue();
        } finally {
            for (Connection c : opened) {
                c.close();
            }
        }
    }

    @Test
    void readWithoutAnInstantUsesTheClock() {
        try (PostgresServerProbe probe = probe(Postgres.URL, Postgres.ADMIN)) {
            assertThat(probe.read().at()).isEqualTo(T0);
        }
    }

    @Test
    void aRoleThatMayNotSeeOtherSessionsGetsAPartialView() throws Exception {
        String role = Postgres.unique("guardian_probe");
        String hiddenApp = Postgres.unique("guardian_test_hidden");
        Postgres.execute("create role " + role + " login");
        try (Connection other = Postgres.connect(hiddenApp);
             PostgresServerProbe probe = probe(Postgres.URL, role)) {
            ServerView view = probe.read(now);

            assertThat(view.available()).as(view.unavailableReason()).isTrue();
            assertThat(view.partial()).isTrue();
            assertThat(view.byState().get(ServerView.UNKNOWN_STATE)).as("the postgres session's state is hidden").isGreaterThanOrEqualTo(1);
            assertThat(view.byApplication()).as("hidden sessions still count").containsEntry(hiddenApp, 1);
        } finally {
            Postgres.execute("drop role if exists " + role);
        }
    }

    @Test
    void aRoleWithoutConnectPrivilegeGetsAPlainMessage() throws Exception {
        String role = Postgres.unique("guardian_probe");
        String database = Postgres.unique("guardian_probe_db");
        Postgres.execute("create role " + role + " login");
        Postgres.execute("create database " + database);
        try {
            Postgres.execute("revoke connect on database " + database + " from public");
            try (PostgresServerProbe probe = probe("jdbc:postgresql://127.0.0.1:5432/" + database, role)) {
                ServerView view = probe.read(now);

                assertThat(view.available()).isFalse();
                assertThat(view.unavailableReason()).isEqualTo("server view unavailable: cannot connect to jdbc:postgresql://127.0.0.1:5432/"
                        + database + " as " + role + ": FATAL: permission denied for database \"" + database
                        + "\" Detail: User does not have CONNECT privilege.");
                assertThat(view.headroom()).isZero();
            }
        } finally {
            Postgres.execute("drop database if exists " + database + " with (force)");
            Postgres.execute("drop role if exists " + role);
        }
    }

    @Test
    void noPasswordEverReachesTheMessage() {
        String database = Postgres.unique("guardian_nodb");
        ServerProbeConfig config = ServerProbeConfig.builder().name("main")
                .jdbcUrl("jdbc:postgresql://127.0.0.1:5432/" + database + "?user=postgres&password=Url5ecret")
                .password("Conf1gSecret").build();
        try (PostgresServerProbe probe = new PostgresServerProbe(config, FIXED)) {
            ServerView view = probe.read(now);

            assertThat(view.available()).isFalse();
            assertThat(view.unavailableReason())
                    .startsWith("server view unavailable: cannot connect to jdbc:postgresql://127.0.0.1:5432/" + database + "?user=postgres&password=***")
                    .contains("database \"" + database + "\" does not exist")
                    .doesNotContain("Url5ecret", "Conf1gSecret");
            assertThat(config.toString()).doesNotContain("Url5ecret", "Conf1gSecret");
        }
    }
}
