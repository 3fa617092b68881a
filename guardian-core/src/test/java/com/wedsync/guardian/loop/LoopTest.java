package com.wedsync.guardian.loop;

import com.wedsync.guardian.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 10, item 2: one bad pass (an Error included) never ends a loop; it is recorded, and a stall is seen. */
class LoopTest {

    private static final Instant T0 = Instant.parse("2026-06-13T10:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final Loops loops = new Loops(clock);

    @Test
    void aPassThrowingAnErrorIsRecordedAndTheNextPassRuns() {
        Loop loop = loops.register("calendar", Duration.ofMinutes(1));
        AtomicInteger passes = new AtomicInteger();

        loop.run(() -> {
            passes.incrementAndGet();
            throw new StackOverflowError();
        });
        clock.advance(Duration.ofSeconds(5));
        LoopStatus failing = loop.status();

        assertThat(failing.lastError()).contains("StackOverflowError");
        assertThat(failing.failingSince()).contains(T0);
        assertThat(failing.failures()).isEqualTo(1);
        assertThat(failing.stalled()).isFalse();

        loop.run(passes::incrementAndGet);

        assertThat(passes).hasValue(2);
        assertThat(loop.status().lastSuccess()).contains(T0.plusSeconds(5));
        assertThat(loop.status().failingSince()).isEmpty();
        assertThat(loop.status().lastError()).as("kept for the record").contains("StackOverflowError");
    }

    @Test
    void aLoopWhosePassesAllFailIsStalledOnceStallAfterHasPassed() {
        Loop loop = loops.register("tick", Duration.ofSeconds(30));
        loop.run(() -> { });
        for (int i = 0; i < 31; i++) {
            clock.advance(Duration.ofSeconds(1));
            loop.run(() -> {
                throw new IllegalStateException("store down");
            });
        }

        assertThat(loops.stalled(clock.instant())).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("tick");
            assertThat(s.since()).isEqualTo(T0);
            assertThat(s.describe()).contains("loop 'tick'", "since " + T0, "IllegalStateException")
                    .doesNotContain("store down");
        });
    }

    @Test
    void aLoopThatNeverRunsIsStalledCountedFromItsRegistration() {
        loops.register("outbox-dispatcher", Duration.ofMinutes(5));

        assertThat(loops.stalled(T0.plus(Duration.ofMinutes(5)))).isEmpty();
        assertThat(loops.stalled(T0.plus(Duration.ofMinutes(6)))).extracting(LoopStatus::name)
                .containsExactly("outbox-dispatcher");
    }

    @Test
    void outOfMemoryIsRecordedAndRethrownSoTheProcessCanEnd() {
        Loop loop = loops.register("tick", Duration.ofSeconds(30));

        assertThatThrownBy(() -> loop.run(() -> {
            throw new OutOfMemoryError("Java heap space");
        })).isInstanceOf(OutOfMemoryError.class);
        assertThat(loop.status().lastError()).contains("OutOfMemoryError");
    }

    @Test
    void namesAreUniqueAndStallAfterPositive() {
        loops.register("tick", Duration.ofSeconds(1));

        assertThatThrownBy(() -> loops.register("tick", Duration.ofSeconds(1)))
                .hasMessageContaining("'tick' is registered twice");
        assertThatThrownBy(() -> loops.register("x", Duration.ZERO))
                .hasMessageContaining("stallAfter of loop 'x' must be > 0, but was PT0S");
    }
}
