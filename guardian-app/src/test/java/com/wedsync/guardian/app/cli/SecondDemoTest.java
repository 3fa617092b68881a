package com.wedsync.guardian.app.cli;

import com.wedsync.guardian.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, item 2: a second {@code guardian demo} while one runs (both in the same directory, so both want
 * {@code ./data/guardian-demo.mv.db}) runs on a store of its own and says so, instead of 46 lines of H2 trace.
 */
class SecondDemoTest {

    @TempDir
    Path dir;

    @Test
    void aSecondDemoBesideARunningOneRunsOnItsOwnStoreAndSaysWhy() throws Exception {
        try (GuardianProcess first = GuardianProcess.start(dir, Map.of(), "demo", "--port", "0", "--plain",
                "--no-operator", "--duration", "90s")) {
            Eventually.await(Duration.ofSeconds(60), Duration.ofMillis(100), "the first demo serving HTTP",
                    () -> first.out().contains("HTTP on http://127.0.0.1:"));

            try (GuardianProcess second = GuardianProcess.start(dir, Map.of(), "demo", "--port", "0", "--plain",
                    "--no-operator", "--duration", "2s")) {
                assertThat(second.exitCode(60)).as(second.err()).isZero();
                assertThat(second.err())
                        .contains("data/guardian-demo.mv.db is held by another guardian demo")
                        .contains("keeps its outbox and audit log in memory")
                        .doesNotContain("\tat ", "Exception", "Database may be already in use");
                assertThat(second.out()).contains("HTTP on http://127.0.0.1:", "demo finished");
            }
            assertThat(first.process().isAlive()).as("the first demo runs on").isTrue();
            assertThat(first.err()).doesNotContain("held by another");
        }
    }
}
