package com.wedsync.guardian.alert.state;

import com.wedsync.guardian.alert.Alert;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static com.wedsync.guardian.alert.AlertFixtures.T0;
import static com.wedsync.guardian.alert.AlertFixtures.alert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlertRegistryTest {

    private final Alert orders = alert("orders", "saturation", "warning", 1, T0);

    @Test
    void aFlappingConditionStaysOneFiringAlertWithItsFirstStart() {
        AlertRegistry r = new AlertRegistry(100, Duration.ofMinutes(15), Duration.ofSeconds(30));
        for (int s = 0; s < 120; s += 5) {
            r.update(T0.plusSeconds(s), s % 10 == 0 ? List.of(orders) : List.of());
        }
        assertThat(r.all()).singleElement().satisfies(t -> {
            assertThat(t.firing()).isTrue();
            assertThat(t.alert().startsAt()).isEqualTo(T0);
        });

        r.update(T0.plusSeconds(139), List.of());
        assertThat(r.get(orders.fingerprint())).hasValueSatisfying(t -> assertThat(t.firing()).isTrue());
        r.update(T0.plusSeconds(140), List.of());
        assertThat(r.get(orders.fingerprint())).hasValueSatisfying(t ->
                assertThat(t.alert().endsAt()).isEqualTo(T0.plusSeconds(140)));
    }

    @Test
    void aReFireAfterResolveIsANewUnacknowledgedEpisode() {
        AlertRegistry r = new AlertRegistry(100, Duration.ofMinutes(15), Duration.ZERO);
        TrackedAlert t = r.update(T0, List.of(orders)).iterator().next();
        t.acknowledge("ana", T0);
        r.update(T0.plusSeconds(10), List.of());

        r.update(T0.plusSeconds(20), List.of(alert("orders", "saturation", "warning", 1, T0.plusSeconds(20))));

        assertThat(t.firing()).isTrue();
        assertThat(t.acknowledged()).isFalse();
        assertThat(t.alert().startsAt()).isEqualTo(T0.plusSeconds(20));
    }

    @Test
    void resolvedAlertsAreForgottenAfterRetentionAndMakeRoomWhenFull() {
        AlertRegistry r = new AlertRegistry(2, Duration.ofMinutes(15), Duration.ZERO);
        Alert a = alert("a", "saturation", "warning", 1, T0);
        Alert b = alert("b", "saturation", "warning", 1, T0);
        Alert c = alert("c", "saturation", "warning", 1, T0);
        r.update(T0, List.of(a, b));
        r.update(T0.plusSeconds(1), List.of(b));

        r.update(T0.plusSeconds(2), List.of(b, c));
        assertThat(r.all()).extracting(TrackedAlert::id).containsExactly(b.fingerprint(), c.fingerprint());

        r.update(T0.plusSeconds(3), List.of(a, b, c));
        assertThat(r.dropped()).isEqualTo(1);
        assertThat(r.size()).isEqualTo(2);

        r.update(T0.plusSeconds(4), List.of());
        r.update(T0.plus(Duration.ofMinutes(16)), List.of());
        assertThat(r.size()).isZero();
    }

    @Test
    void badLimitsAreRejectedNamingThem() {
        assertThatThrownBy(() -> new AlertRegistry(0, Duration.ZERO, Duration.ZERO))
                .hasMessage("maxAlerts must be >= 1, but was 0");
        assertThatThrownBy(() -> new AlertRegistry(1, Duration.ZERO, Duration.ofSeconds(-1)))
                .hasMessage("keepFiringFor must be >= 0, but was PT-1S");
    }
}
