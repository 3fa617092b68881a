package com.wedsync.guardian.jdbc.server;

import com.wedsync.guardian.server.ServerView;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The server vanishes behind a loopback proxy and comes back: the view says why, then recovers by itself. */
class ServerCutOffTest {

    private static final Instant T0 = Instant.parse("2026-09-05T14:00:00Z");

    @Test
    void theViewGoesUnavailableWithTheCauseAndRecoversWhenTheServerIsBack() throws Exception {
        try (LoopbackProxy proxy = LoopbackProxy.to(Postgres.HOST, Postgres.PORT)) {
            String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/test";
            ServerProbeConfig config = ServerProbeConfig.builder().name("main").jdbcUrl(url).user(Postgres.ADMIN).build();
            try (PostgresServerProbe probe = new PostgresServerProbe(config, Clock.fixed(T0, ZoneOffset.UTC))) {
                assertThat(probe.read(T0).available()).isTrue();

                proxy.cut();
                ServerView lost = probe.read(T0.plusSeconds(5));
                assertThat(lost.available()).isFalse();
                assertThat(lost.unavailableReason())
                        .startsWith("server view unavailable: cannot read pg_stat_activity at " + url + ": ")
                        .contains("I/O error");
                assertThat(probe.read(T0.plusSeconds(6))).as("a failure is reused until the next refresh too").isSameAs(lost);

                ServerView refused = probe.read(T0.plusSeconds(10));
                assertThat(refused.unavailableReason())
                        .startsWith("server view unavailable: cannot connect to " + url + " as postgres: ")
                        .contains("refused");

                proxy.restore();
                ServerView back = probe.read(T0.plusSeconds(15));
                assertThat(back.available()).as(back.unavailableReason()).isTrue();
                assertThat(back.maxConnections()).isPositive();
                assertThat(back.unavailableReason()).isEmpty();
            }
        }
    }
}
