package com.wedsync.guardian.health;

import com.wedsync.guardian.pool.PoolSnapshot;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.wedsync.guardian.health.Samples.POOL;
import static com.wedsync.guardian.health.Samples.pool;
import static com.wedsync.guardian.health.Samples.sec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapshotWindowTest {

    private final SnapshotWindow window = new SnapshotWindow(POOL, Duration.ofSeconds(30));

    @Test
    void keepsOnlyTheSpanBehindTheNewestSnapshotOldestFirst() {
        for (int t = 0; t < 100; t++) {
            window.append(pool().used(t % 20).at(sec(t)));
        }

        assertThat(window.size()).isEqualTo(31);
        assertThat(window.get(0).at()).isEqualTo(sec(69));
        assertThat(window.newest().at()).isEqualTo(sec(99));
        assertThat(window.newest().used()).isEqualTo(99 % 20);
    }

    @Test
    void growsPastItsInitialCapacityWithoutLosingOrder() {
        for (int t = 0; t < 100; t++) {
            window.append(pool().used(t % 20).at(Samples.T0.plusMillis(t * 100L)));
        }

        assertThat(window.size()).isEqualTo(100);
        for (int i = 1; i < window.size(); i++) {
            assertThat(window.get(i).at()).isAfter(window.get(i - 1).at());
        }
    }

    @Test
    void aLateSnapshotCannotReorderHistory() {
        window.append(pool().used(3).at(sec(10)));

        assertThat(window.append(pool().used(9).at(sec(5)))).isFalse();
        assertThat(window.size()).isEqualTo(1);
        assertThat(window.newest().used()).isEqualTo(3);
    }

    @Test
    void refusesAnotherPoolsSnapshot() {
        assertThatThrownBy(() -> window.append(PoolSnapshot.unknown("reports", sec(0), "x")))
                .hasMessage("snapshot of pool 'reports' appended to the window of pool 'bookings'");
        assertThat(window.isEmpty()).isTrue();
        assertThat(window.newest()).isNull();
    }
}
