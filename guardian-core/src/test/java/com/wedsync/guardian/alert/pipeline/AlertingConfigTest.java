package com.wedsync.guardian.alert.pipeline;

import com.wedsync.guardian.alert.escalate.EscalationLevel;
import com.wedsync.guardian.alert.escalate.EscalationPolicy;
import com.wedsync.guardian.alert.ratelimit.RateLimitPolicy;
import com.wedsync.guardian.alert.ratelimit.VendorLimits;
import com.wedsync.guardian.alert.route.Route;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlertingConfigTest {

    @Test
    void everyBrokenReferenceIsReportedAtOnceNamingWhereItIs() {
        AlertingConfig.Builder b = AlertingConfig.builder()
                .channels(List.of("ops-slack"))
                .routes(Route.builder().receivers("ops-slack")
                        .child(Route.builder().match("severity=critical").receivers("oncal").escalation("weding")
                                .build())
                        .build())
                .escalation(EscalationPolicy.builder("wedding").level(EscalationLevel.builder()
                        .delay(Duration.ofMinutes(5)).channels("exec-sms").build()).build())
                .rateLimits(RateLimitPolicy.builder().channel("slak", VendorLimits.SLACK).build());

        assertThatThrownBy(b::build)
                .hasMessageContaining("route 0.0: escalation weding is not defined (defined: [wedding])")
                .hasMessageContaining("route 0.0 receivers: channel oncal is not defined")
                .hasMessageContaining("escalation wedding level 1 channels: channel exec-sms is not defined")
                .hasMessageContaining("rateLimits: channel slak is not defined");
    }

    @Test
    void limitsRejectValuesOutOfRangeNamingThem() {
        assertThatThrownBy(() -> AlertingConfig.builder().maxGroups(0))
                .hasMessage("maxGroups must be between 1 and 100000, but was 0");
        assertThatThrownBy(() -> AlertingConfig.builder().maxAlerts(-5))
                .hasMessage("maxAlerts must be between 1 and 1000000, but was -5");
        assertThatThrownBy(() -> AlertingConfig.builder().resolvedRetention(Duration.ofDays(8)))
                .hasMessage("resolvedRetention must be between 0s and 7d, but was 8d");
        assertThatThrownBy(() -> AlertingConfig.builder().instance(" ")).hasMessageContaining("instance must not be blank");
        assertThatThrownBy(() -> AlertingConfig.builder().build()).hasMessage("routes must be set, but was null");
    }

    @Test
    void aMinimalConfigGetsTheDocumentedDefaults() {
        AlertingConfig c = AlertingConfig.builder().routes(Route.builder().receivers("log").build()).build();

        assertThat(c.instance()).isEqualTo("guardian");
        assertThat(c.inhibitRules()).hasSize(1);
        assertThat(c.routes().all()).singleElement().satisfies(r -> {
            assertThat(r.grouping().groupWait()).isEqualTo(Duration.ofSeconds(30));
            assertThat(r.grouping().groupBy()).containsExactly("pool", "condition");
        });
        assertThat(c.maxGroups()).isEqualTo(1_000);
    }
}
