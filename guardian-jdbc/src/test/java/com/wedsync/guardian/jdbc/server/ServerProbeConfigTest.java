package com.wedsync.guardian.jdbc.server;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerProbeConfigTest {

    @Test
    void defaultsRefreshEveryFiveSecondsWithShortTimeouts() {
        ServerProbeConfig config = ServerProbeConfig.builder().name("main").jdbcUrl(Postgres.URL).build();

        assertThat(config.refreshInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.queryTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.user()).isNull();
    }

    @Test
    void badValuesAreRejectedNamingTheFieldAndTheValue() {
        assertThatThrownBy(() -> ServerProbeConfig.builder().refreshInterval(Duration.ZERO))
                .hasMessage("refreshInterval must be between 1s and 10m, but was 0s");
        assertThatThrownBy(() -> ServerProbeConfig.builder().name(" "))
                .hasMessage("name must not be blank, but was ' '");
        assertThatThrownBy(() -> ServerProbeConfig.builder().jdbcUrl("postgresql://u:pw1@h/db"))
                .hasMessage("jdbcUrl must start with 'jdbc:', but was 'postgresql://u:***@h/db'");
        assertThatThrownBy(() -> ServerProbeConfig.builder().name("main").build())
                .hasMessage("jdbcUrl must be set, but was null");
    }
}
