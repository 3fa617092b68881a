package com.wedsync.guardian.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 10, item 9: newlines and ANSI escapes in an operator's or a feed's text never reach a log or a terminal raw. */
class PrintableTest {

    @Test
    void aForgedLogLineStaysOnItsOwnLine() {
        String actor = "ana\n12:00:00.000 INFO  ScalingEngine - override revoked by admin\r";

        assertThat(Printable.escape(actor))
                .isEqualTo("ana\\n12:00:00.000 INFO  ScalingEngine - override revoked by admin\\r")
                .doesNotContain("\n", "\r");
    }

    @Test
    void terminalEscapesAndOtherControlsBecomeVisible() {
        String reason = "\u001b[2J\u001b[31mall clear\u0007\u0000\u007f\u009b";

        assertThat(Printable.escape(reason)).isEqualTo("\\u001b[2J\\u001b[31mall clear\\u0007\\u0000\\u007f\\u009b");
    }

    @Test
    void lineSeparatorsAndBidiOverridesAreEscaped() {
        assertThat(Printable.escape("a\u2028b\u2029c\u202ed\u2066e\tf")).isEqualTo("a\\u2028b\\u2029c\\u202ed\\u2066e\\tf");
    }

    @Test
    void ordinaryTextIncludingAccentsEmojiAndBackslashesIsUnchangedAndEscapingTwiceChangesNothing() {
        String venue = "Château d'Éze — Ana & Zoë 💍 C:\\weddings";
        String hostile = "x\ny\u001b";

        assertThat(Printable.escape(venue)).isSameAs(venue);
        assertThat(Printable.escape(Printable.escape(hostile))).isEqualTo(Printable.escape(hostile));
        assertThat(Printable.escape(null)).isEqualTo("null");
    }
}
