package com.wedsync.guardian.app.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 10, item 6: a huge or malformed duration on the command line is one clear line, exit 2, no stack trace. */
class DurationOptionsTest {

    private static void refusedClearly(CliRun run, String... says) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(says).doesNotContain("For input string", "Exception", "\tat ");
    }

    @Test
    void anOverflowingExpiryIsRefusedBeforeAnyRequest() {
        refusedClearly(CliRun.of("override", "--actor", "a", "--reason", "r", "--expires", "99999999999999999999h",
                "--pool", "orders", "--action", "grow", "--url", "http://127.0.0.1:9"),
                "--expires must be a duration like 90s, 15m, 2h, 1d or PT2H, but was '99999999999999999999h'");
        refusedClearly(CliRun.of("override", "--actor", "a", "--reason", "r", "--expires", "999999999d",
                "--pool", "orders", "--action", "grow", "--url", "http://127.0.0.1:9"),
                "--expires must be between 1s and 3650d, but was 999999999d");
    }

    @Test
    void anOverflowingStepOrDemoDurationIsRefused() {
        refusedClearly(CliRun.of("forecast", "--calendar", "nope.ics", "--from", "2026-06-13", "--to", "2026-06-14",
                "--step", "9999999999999999999999m"), "--step must be a duration like");
        refusedClearly(CliRun.of("demo", "--duration", "9223372036854775807d"), "must be a duration like");
    }
}
