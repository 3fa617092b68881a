package com.wedsync.guardian.app.demo;

import com.wedsync.guardian.notify.log.LogNotifier;
import com.wedsync.guardian.notify.testing.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, done-when, and issue 17 item 7: in {@code guardian demo} the rush's alert lines (the console's and
 * the log channel's) show load, waiting threads and wait p99 with numbers, never "n/a"; a group reads
 * "2 alerts: saturation and timeouts on wedsync"; each all-clear is one line naming the channels it went to, and
 * says beside the calm figures after the rollback the peaks the alert saw while it fired.
 * The demo runs at twice its speed with its built-in config (two log channels, one for escalation).
 */
class DemoAlertLinesTest {

    /** A figure's peak beside it, where its window saw more than now: " now, peak 23 in the last 1 h". */
    private static final String PEAK = "( now, peak [^,|;]+ in the last [^,|;]+)?";
    private static final String LOAD = "load \\d+% \\(\\d+/\\d+\\)" + PEAK;
    private static final String WAITING = "\\d+ threads? waiting" + PEAK;
    private static final String WAIT = "wait p99 \\d+(\\.\\d)? (ms|s)" + PEAK;

    @TempDir
    Path dir;

    @Test
    void theRushsAlertLinesShowLoadWaitingThreadsAndWaitP99AndEachAllClearOnce() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        List<String> alertLog;
        try (LogCapture logs = new LogCapture()) {
            Demo.run(new Demo.Options(0, Duration.ofSeconds(36), false, null, 2, true, "alert-lines-token",
                    "jdbc:h2:file:" + dir.resolve("guardian-demo").toAbsolutePath()),
                    new PrintStream(console, true, StandardCharsets.UTF_8), System.err);
            alertLog = logs.lines().stream().filter(l -> l.startsWith(LogNotifier.LOGGER)).toList();
        }
        String screen = console.toString(StandardCharsets.UTF_8);

        assertThat(screen).containsPattern("firing +CRITICAL +\\w+ +" + LOAD + ", " + WAITING + ", " + WAIT + "; ")
                .doesNotContain("n/a");
        List<String> triggers = alertLog.stream().filter(l -> l.contains("[CRITICAL]")).toList();
        assertThat(triggers).isNotEmpty().anySatisfy(l -> assertThat(l).containsPattern(
                "\\| " + LOAD + " \\| " + WAITING + " \\| " + WAIT + " \\|"));
        assertThat(alertLog).isNotEmpty().noneMatch(l -> l.contains("n/a") || l.contains(": alert "))
                .anyMatch(l -> l.matches(".*\\[CRITICAL] wedsync - \\d alerts: [a-z0-9 ,]+ and [a-z0-9 ]+ on wedsync \\|.*"));
        List<String> resolved = alertLog.stream().filter(l -> l.contains("[RESOLVED]")).toList();
        assertThat(resolved).isNotEmpty().doesNotHaveDuplicates().allSatisfy(l -> assertThat(l)
                // venue time, like every time the demo shows (issue 17 item 3): hours of the compressed Saturday
                .containsPattern("\\| lasted \\d+(\\.\\d)? (s|min|h)( \\d+ (s|min))? \\|")
                .containsPattern("\\| to ops-log( and exec-log)? \\|"));
        // after the rollback the pool is calm, yet the all-clear says what the alert saw while it fired
        assertThat(resolved).anySatisfy(l -> assertThat(l)
                .containsPattern("\\| \\d+ threads? waiting now, peak [1-9]\\d* in the last [^|]+ \\|")
                .containsPattern("\\| wait p99 (\\d+(\\.\\d)? (ms|s) now, )?peak \\d+(\\.\\d)? (ms|s) in the last [^|]+ \\|"));
    }
}
