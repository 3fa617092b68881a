package com.wedsync.guardian.time;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, item 10: the duration parser, fuzzed. Whatever the text, it answers a duration within the bounds
 * or an {@link IllegalArgumentException} with the documented message, never anything else.
 */
class DurationsFuzzTest {

    private static final Duration MAX = Duration.ofHours(24);

    @Property(tries = 2000)
    void anyTextIsADurationWithinBoundsOrAClearRefusal(@ForAll("durationLike") String text) {
        try {
            Duration d = Durations.parse(text, Duration.ZERO, MAX);
            assertThat(d).isBetween(Duration.ZERO, MAX);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).startsWith("must be ").contains(", but was ").doesNotContain("For input string");
        }
    }

    @Property(tries = 500)
    void theOptionalFormNeverThrows(@ForAll String text) {
        assertThat(Durations.parse(text)).isNotNull();
    }

    /** Text near the grammar: digits of any length, units, ISO parts, signs, blanks and noise. */
    @Provide
    Arbitrary<String> durationLike() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(25);
        Arbitrary<String> unit = Arbitraries.of("", "ms", "s", "m", "h", "d", "H", "M", "S", "x", " h");
        Arbitrary<String> prefix = Arbitraries.of("", "PT", "pt", "P", "-", "+", " ", "PT-", "P1D");
        Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(5);
        return net.jqwik.api.Combinators.combine(prefix, digits, unit, noise).as((p, d, u, n) -> p + d + u
                + (n.isEmpty() ? "" : n));
    }
}
