package com.wedsync.guardian.notify.dispatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wedsync.guardian.notify.testing.LoopbackServer;
import com.wedsync.guardian.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, "the crash test loses nothing": a separate JVM delivers from a file-backed H2 outbox while the
 * channel answers 503, is killed with SIGKILL, and a new JVM started with the channel back up delivers every
 * alert exactly once per dedup key.
 */
class OutboxDurabilityTest {

    private static final int ALERTS = 20;

    @Test
    void aKilledDelivererLosesNothingAndSendsEachAlertOnce(@TempDir Path dir) throws Exception {
        Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();
        ObjectMapper json = new ObjectMapper();
        try (LoopbackServer receiver = new LoopbackServer()) {
            var up = new java.util.concurrent.atomic.AtomicBoolean(false);
            receiver.respond(r -> {
                if (!up.get()) {
                    refused.incrementAndGet();
                    return LoopbackServer.Response.of(503);
                }
                try {
                    String key = json.readTree(r.body()).get("dedupKey").asText();
                    accepted.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
                } catch (IOException e) {
                    return LoopbackServer.Response.of(400);
                }
                return LoopbackServer.Response.of(200);
            });
            // FILE_LOCK=FS: the OS releases the lock of a killed process at once (H2 would otherwise wait out its own lock file)
            String store = "jdbc:h2:file:" + dir.resolve("outbox").toAbsolutePath() + ";FILE_LOCK=FS";
            String url = receiver.baseUrl() + "/hook";

            Process first = worker(store, url, dir.resolve("first.log"));
            Eventually.await(Duration.ofSeconds(60), "the first deliverer retries against the 503 channel",
                    () -> refused.get() >= 2 * ALERTS || !first.isAlive());
            assertThat(first.isAlive()).as("first deliverer still running when killed").isTrue();
            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(accepted).isEmpty();

            up.set(true);
            Process second = worker(store, url, dir.resolve("second.log"));
            assertThat(second.waitFor(120, TimeUnit.SECONDS)).as("second deliverer finished").isTrue();
            assertThat(second.exitValue()).as(java.nio.file.Files.readString(dir.resolve("second.log"))).isZero();
        }
        assertThat(accepted).hasSize(ALERTS);
        assertThat(accepted.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    }

    private static Process worker(String store, String url, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                DurabilityWorker.class.getName(), store, url, Integer.toString(ALERTS)))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
