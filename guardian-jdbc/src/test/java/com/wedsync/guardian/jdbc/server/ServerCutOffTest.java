package com.wedsync.guardian.jdbc.server;

import com.wedsync.guardian.server.ServerView;
import com.wedsync.guardian.testing.Eventually;
import com.wedsync.guardian.testing.TcpProxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The server vanishes behind a loopback proxy and comes back: the view says why, then recovers by itself. */
class ServerCutOffTest {

    private static final Instant T0 = Instant.parse("2026-09-05T14:00:00Z");

    private Instant now = T0;

    /** The next refresh: the clock moved past the refresh interval. */
    private ServerView next(PostgresServerProbe probe) {
        now = now.plusSeconds(5);
        return probe.read(now);
    }

    /** Reads until the view is available; on a loaded machine a short-timeout probe may need a second try. */
    private ServerView awaitAvailable(PostgresServerProbe probe) {
        return Eventually.until(Duration.ofSeconds(20), "the server view to be available", () -> next(probe), ServerView::available);
    }

    private static PostgresServerProbe probe(String url, Duration timeouts) {
        ServerProbeConfig config = ServerProbeConfig.builder().name("main").jdbcUrl(url).user(Postgres.ADMIN)
                .connectTimeout(timeouts).queryTimeout(timeouts).build();
        return new PostgresServerProbe(config, Clock.fixed(T0, ZoneOffset.UTC));
    }

    @Test
    void theViewGoesUnavailableWithTheCauseAndRecoversWhenTheServerIsBack() throws Exception {
        try (TcpProxy proxy = TcpProxy.to(Postgres.HOST, Postgres.PORT)) {
            String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/test";
            try (PostgresServerProbe probe = probe(url, Duration.ofSeconds(5))) {
                awaitAvailable(probe);

                proxy.cut();
                ServerView lost = next(probe);
                assertThat(lost.available()).isFalse();
                assertThat(lost.unavailableReason())
                        .startsWith("server view unavailable: cannot read pg_stat_activity at " + url + ": ")
                        .contains("I/O error");
                assertThat(probe.read(now.plusSeconds(1))).as("a failure is reused until the next refresh too").isSameAs(lost);

                ServerView refused = next(probe);
                assertThat(refused.unavailableReason())
                        .startsWith("server view unavailable: cannot connect to " + url + " as postgres: ")
                        .contains("refused");

                proxy.restore();
                ServerView back = awaitAvailable(probe);
                assertThat(back.maxConnections()).isPositive();
                assertThat(back.unavailableReason()).isEmpty();
            }
        }
    }

    @Test
    @Timeout(60)
    void aServerThatStopsAnsweringCostsOneTimeoutNotAHang() throws Exception {
        try (TcpProxy proxy = TcpProxy.to(Postgres.HOST, Postgres.PORT)) {
            String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/test";
            try (PostgresServerProbe probe = probe(url, Duration.ofSeconds(1))) {
                awaitAvailable(probe);

                proxy.stall();
                ServerView silent = next(probe);
                assertThat(silent.available()).isFalse();
                assertThat(silent.unavailableReason()).startsWith("server view unavailable: cannot read pg_stat_activity at " + url)
                        .containsIgnoringCase("timed out");

                ServerView noLogin = next(probe);
                assertThat(noLogin.unavailableReason()).startsWith("server view unavailable: cannot connect to " + url)
                        .containsIgnoringCase("timed out");

                proxy.restore();
                awaitAvailable(probe);
            }
        }
    }
}
