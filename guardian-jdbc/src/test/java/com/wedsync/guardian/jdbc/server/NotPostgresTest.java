package com.wedsync.guardian.jdbc.server;

import com.wedsync.guardian.server.ServerView;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A probe pointed at a database that is not PostgreSQL says so plainly and nothing else fails. */
class NotPostgresTest {

    private static final Instant T0 = Instant.parse("2026-09-05T14:00:00Z");

    private static ServerView readOnce(String url, String user, String password) {
        ServerProbeConfig config = ServerProbeConfig.builder().name("main").jdbcUrl(url).user(user).password(password).build();
        try (PostgresServerProbe probe = new PostgresServerProbe(config, Clock.fixed(T0, ZoneOffset.UTC))) {
            ServerView first = probe.read(T0);
            assertThat(probe.read(T0.plusSeconds(60)).unavailableReason())
                    .as("still not PostgreSQL at the next refresh").isEqualTo(first.unavailableReason());
            return first;
        }
    }

    @Test
    void h2IsNotPostgres() {
        String url = "jdbc:h2:mem:" + Postgres.unique("probe") + ";PASSWORD=H2s3cret";

        ServerView view = readOnce(url, "sa", null);

        assertThat(view.available()).isFalse();
        assertThat(view.unavailableReason()).startsWith("server view unavailable: not PostgreSQL: jdbc:h2:mem:")
                .contains(";PASSWORD=***").contains(" is H2 2.").doesNotContain("H2s3cret");
    }

    @Test
    void mariaDbIsNotPostgres() {
        assumeTrue(listening("127.0.0.1", 3306), "MariaDB not listening on 127.0.0.1:3306: skipping the MariaDB case");

        ServerView view = readOnce("jdbc:mariadb://127.0.0.1:3306/test", "root", "");

        assertThat(view.available()).isFalse();
        assertThat(view.unavailableReason()).startsWith("server view unavailable: not PostgreSQL: jdbc:mariadb://127.0.0.1:3306/test is MariaDB");
    }

    @Test
    void aUrlNoDriverKnowsSaysSoWithoutItsPassword() {
        ServerView view = readOnce("jdbc:sqlserver://db.example:1433;user=sa;password=Sq1secret", null, null);

        assertThat(view.unavailableReason())
                .isEqualTo("server view unavailable: no JDBC driver for jdbc:sqlserver://db.example:1433;user=sa;password=***");
    }

    private static boolean listening(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
