package com.wedsync.guardian.alert.silence;

import com.wedsync.guardian.alert.route.LabelMatcher;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.wedsync.guardian.alert.AlertFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SilenceStoreTest {

    private final SilenceStore store = new SilenceStore(3, Duration.ofHours(24));
    private final List<LabelMatcher> orders = List.of(LabelMatcher.parse("pool=orders"));

    @Test
    void aSilenceIsActiveFromItsStartUntilItExpiresOnItsOwn() {
        Silence s = store.create(orders, "ana", "migrating orders", T0.plusSeconds(60), T0.plusSeconds(3600), T0);

        assertThat(s.state(T0)).isEqualTo(Silence.State.PENDING);
        assertThat(store.active(T0)).isEmpty();
        assertThat(store.active(T0.plusSeconds(60))).containsExactly(s);
        assertThat(store.active(T0.plusSeconds(3599))).containsExactly(s);
        assertThat(store.active(T0.plusSeconds(3600))).isEmpty();
        assertThat(store.list(T0.plusSeconds(3600))).singleElement()
                .satisfies(x -> assertThat(x.state(T0.plusSeconds(3600))).isEqualTo(Silence.State.EXPIRED));
        assertThat(s.matches(Map.of("pool", "orders", "condition", "saturation"))).isTrue();
        assertThat(s.matches(Map.of("pool", "billing"))).isFalse();
    }

    @Test
    void expiringEndsItNowAndAnUnknownIdIsEmpty() {
        Silence s = store.create(orders, "ana", "deploy", null, T0.plusSeconds(3600), T0);

        assertThat(store.expire(s.id(), T0.plusSeconds(10))).hasValueSatisfying(x -> {
            assertThat(x.endsAt()).isEqualTo(T0.plusSeconds(10));
            assertThat(x.author()).isEqualTo("ana");
        });
        assertThat(store.active(T0.plusSeconds(11))).isEmpty();
        assertThat(store.expire("no-such-id", T0)).isEmpty();
    }

    @Test
    void expiredSilencesAreForgottenAfterRetentionSoTheStoreStaysBounded() {
        for (int i = 0; i < 3; i++) {
            store.create(orders, "ana", "n" + i, null, T0.plusSeconds(60), T0);
        }
        assertThatThrownBy(() -> store.create(orders, "ana", "one too many", null, T0.plusSeconds(60), T0))
                .hasMessageContaining("at most 3");

        Silence later = store.create(orders, "ana", "next day", null,
                T0.plus(Duration.ofHours(26)), T0.plus(Duration.ofHours(25)));
        assertThat(store.list(T0.plus(Duration.ofHours(25)))).containsExactly(later);
    }

    @Test
    void badSilencesAreRejectedNamingTheField() {
        assertThatThrownBy(() -> store.create(List.of(), "ana", "x", null, T0.plusSeconds(1), T0))
                .hasMessage("matchers must hold at least one matcher, but was []");
        assertThatThrownBy(() -> store.create(List.of(LabelMatcher.parse("pool=~.*")), "ana", "x", null,
                T0.plusSeconds(1), T0)).hasMessageContaining("must not match every alert");
        assertThatThrownBy(() -> store.create(orders, " ", "x", null, T0.plusSeconds(1), T0))
                .hasMessageContaining("author must not be blank");
        assertThatThrownBy(() -> store.create(orders, "ana", "", null, T0.plusSeconds(1), T0))
                .hasMessageContaining("comment must say why");
        assertThatThrownBy(() -> store.create(orders, "ana", "x", null, T0.minusSeconds(1), T0))
                .hasMessageStartingWith("endsAt must be after startsAt");
    }
}
