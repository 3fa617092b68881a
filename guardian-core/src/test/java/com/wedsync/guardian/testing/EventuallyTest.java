package com.wedsync.guardian.testing;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared wait helper: returns what it waited for, and fails saying what it waited for and what it last saw. */
class EventuallyTest {

    private static final Duration SHORT = Duration.ofMillis(50);

    @Test
    void returnsTheFirstValueThatIsDone() {
        AtomicInteger reads = new AtomicInteger();
        int value = Eventually.until(Duration.ofSeconds(5), Duration.ZERO, "the third read", reads::incrementAndGet, n -> n >= 3);
        assertThat(value).isEqualTo(3);
        assertThat(reads).hasValue(3);
    }

    @Test
    void aTimeoutNamesWhatWasAwaitedAndTheLastValueSeen() {
        assertThatThrownBy(() -> Eventually.until(SHORT, "the answer", () -> 41, n -> n == 42))
                .isInstanceOf(AssertionError.class)
                .hasMessage("timed out after PT0.05S waiting for the answer; last value: 41");
    }

    @Test
    void aConditionTimeoutNamesWhatWasAwaited() {
        assertThatThrownBy(() -> Eventually.await(SHORT, "never", () -> false))
                .isInstanceOf(AssertionError.class)
                .hasMessage("timed out after PT0.05S waiting for never");
    }

    @Test
    void anExceptionFailsAtOnceUnlessToleratedAndThenItIsTheCause() {
        IllegalStateException refused = new IllegalStateException("connection refused");
        assertThatThrownBy(() -> Eventually.await(Duration.ofMinutes(1), "a server", () -> {
            throw refused;
        })).isSameAs(refused);

        assertThatThrownBy(() -> Eventually.awaitIgnoringExceptions(SHORT, Duration.ofMillis(5), "a server", () -> {
            throw refused;
        })).isInstanceOf(AssertionError.class)
                .hasMessage("timed out after PT0.05S waiting for a server; last error: " + refused)
                .hasCause(refused);

        AtomicInteger tries = new AtomicInteger();
        Eventually.awaitIgnoringExceptions(Duration.ofSeconds(5), Duration.ZERO, "a server", () -> {
            if (tries.incrementAndGet() < 3) {
                throw refused;
            }
            return true;
        });
        assertThat(tries).hasValue(3);
    }
}
