package com.wedsync.guardian.alert.route;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 10, item 7: a user's regex cannot hold a thread, however it is written. */
class LabelMatcherTest {

    @Test
    void aCatastrophicBacktrackingPatternAgainstALongValueStillAnswers() throws Exception {
        LabelMatcher evil = LabelMatcher.parse("pool=~((((((((.*)*)*)*)*)*)*)*)x");
        String value = "a".repeat(50_000);
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "regex-under-test");
            t.setDaemon(true); // java.util.regex would never give this thread back
            return t;
        });
        try {
            CompletableFuture<Boolean> matched = CompletableFuture.supplyAsync(() -> evil.matches(Map.of("pool", value)), thread);

            assertThat(matched.get(20, TimeUnit.SECONDS)).isFalse();
            assertThat(evil.matches(Map.of("pool", value + "x"))).isTrue();
        } finally {
            thread.shutdownNow();
        }
    }

    @Test
    void regexMatchersAreAnchoredAndNegatable() {
        assertThat(LabelMatcher.parse("condition=~saturation|timeouts").matchesValue("timeouts")).isTrue();
        assertThat(LabelMatcher.parse("condition=~satur").matchesValue("saturation")).isFalse();
        assertThat(LabelMatcher.parse("pool!~orders.*").matchesValue("billing")).isTrue();
    }

    @Test
    void aPatternTooLongOrMalformedIsRefusedNamingTheMatcher() {
        assertThatThrownBy(() -> LabelMatcher.parse("pool=~" + "a".repeat(LabelMatcher.MAX_PATTERN + 1)))
                .hasMessageContaining("pool=~: the regular expression must be at most 1000 characters, but has 1001");
        assertThatThrownBy(() -> LabelMatcher.parse("pool=~(orders"))
                .hasMessageContaining("pool=~(orders: value is not a valid regular expression");
    }
}
