package com.wedsync.guardian.app.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wedsync.guardian.jdbc.audit.JdbcAuditLog;
import com.wedsync.guardian.jdbc.store.GuardianStore;
import com.wedsync.guardian.pool.PoolSize;
import com.wedsync.guardian.scaling.AuditEntry;
import com.wedsync.guardian.scaling.AuditLines;
import com.wedsync.guardian.scaling.AuditOutcome;
import com.wedsync.guardian.scaling.Direction;
import com.wedsync.guardian.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5, done-when: in {@code guardian demo} the pool grows before the ceremony rush and shrinks after it; a
 * shrink inside the protected window is blocked and shown with its reason; an override lifts it and is audited;
 * a deliberately bad change is rolled back. The demo runs at twice its speed (the whole Saturday in about half
 * a minute), with its scripted operator, its own store, and a known admin token.
 */
class DemoScalingStoryTest {

    private static final String TOKEN = "story-test-token";
    private static final Pattern PORT = Pattern.compile("HTTP on http://127\\.0\\.0\\.1:(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theDemoGrowsBlocksLetsAnOverrideThroughRollsBackABadChangeAndShrinksAfterTheWeddings() throws Exception {
        String store = "jdbc:h2:file:" + dir.resolve("guardian-demo").toAbsolutePath();
        LocalDate saturday = LocalDateTime.ofInstant(CompressedDay.nextFridayEvening(Instant.now(), Demo.HOME), Demo.HOME)
                .toLocalDate().plusDays(1);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> demo = runner.submit(() -> Demo.run(new Demo.Options(0, Duration.ofSeconds(36), false, null,
                    2, true, TOKEN, store), out, System.err));

            Eventually.await(Duration.ofSeconds(20), Duration.ofMillis(50), "the demo's HTTP address on the console",
                    () -> port(text(console)).isPresent());
            URI scaling = URI.create("http://127.0.0.1:" + port(text(console)).get() + "/api/scaling");
            AtomicReference<JsonNode> seen = new AtomicReference<>();
            Eventually.await(Duration.ofSeconds(40), Duration.ofMillis(100),
                    "GET /api/scaling: a shrink applied under the duty manager's override, the override listed",
                    () -> shrinkUnderDutyManagersOverride(scaling).map(s -> {
                        seen.set(s);
                        return true;
                    }).orElse(false));
            JsonNode pool = seen.get().path("pools").get(0);
            JsonNode override = override(seen.get(), pool.path("lastDecision").path("overrideId").asText()).orElseThrow();
            assertThat(override.path("reason").asText()).contains("the ceremony rush is over");
            assertThat(override.path("action").asText()).isEqualTo("shrink");
            assertThat(override.path("pool").asText()).isEqualTo("wedsync");

            assertThat(demo.get(60, TimeUnit.SECONDS)).isZero();
        } finally {
            runner.shutdownNow();
        }

        List<AuditEntry> audit;
        try (GuardianStore s = GuardianStore.open(store, null, null)) {
            audit = new JdbcAuditLog(s.dataSource()).since(Instant.EPOCH, 10_000);
        }
        AuditEntry growth = first(audit, e -> applied(e, "grow") && max(e.to()) > max(e.from())
                && venue(e).toLocalDate().equals(saturday) && venue(e).toLocalTime().isBefore(LocalTime.of(14, 0)));
        AuditEntry blocked = first(audit, e -> e.outcome() == AuditOutcome.BLOCKED && e.direction() == Direction.SHRINK
                && e.reason().contains("is blocked inside the protected window") && e.at().isAfter(growth.at()));
        AuditEntry bad = first(audit, e -> applied(e, "shrink") && e.reason().contains("manual resize by demo: chaos drill"));
        AuditEntry rolledBack = first(audit, e -> e.outcome() == AuditOutcome.ROLLED_BACK && bad.to().equals(e.from()));
        AuditEntry granted = first(audit, e -> e.kind() == AuditEntry.Kind.OVERRIDE && "demo: duty manager".equals(e.actor()));
        AuditEntry underOverride = first(audit, e -> applied(e, "shrink") && e.overrideId().equals(granted.overrideId()));
        AuditEntry afterWeddings = first(audit, e -> applied(e, "shrink") && e.overrideId().isEmpty()
                && venue(e).isAfter(saturday.atTime(23, 0)));

        assertThat(List.of(growth, bad, rolledBack)).extracting(AuditEntry::at).isSorted();
        assertThat(List.of(growth, blocked, granted, underOverride, afterWeddings)).extracting(AuditEntry::at).isSorted();
        AuditEntry release = first(audit, e -> applied(e, "release") && venue(e).toLocalDate().equals(saturday)
                && venue(e).toLocalTime().isAfter(LocalTime.of(8, 0)) && venue(e).toLocalTime().isBefore(LocalTime.of(22, 0)));
        assertThat(max(release.to())).as("a release inside the protected window keeps the capacity").isEqualTo(max(release.from()));
        assertThat(max(bad.to())).isEqualTo(OperatorScript.BAD_MAX);
        assertThat(bad.actor()).isEqualTo("demo: chaos drill");
        assertThat(rolledBack.to()).isEqualTo(bad.from());
        assertThat(rolledBack.reason()).contains("made things worse").contains("rolling back to the recorded previous size");
        assertThat(granted.reason()).contains("the ceremony rush is over");
        assertThat(AuditLines.toText(granted)).startsWith("action shrink until");
        assertThat(max(underOverride.to())).isLessThan(max(underOverride.from()));
        assertThat(venue(afterWeddings).toLocalDate()).isAfter(saturday);

        String id = AuditLines.shortId(granted.overrideId());
        assertThat(text(console))
                .containsPattern("Sat \\d\\d:\\d\\d  applied grow wedsync \\d+ → \\d+")
                .containsPattern("blocked shrink wedsync .* inside the protected window \\(")
                .containsPattern("override by demo: chaos drill lifts the protected window for shrink on wedsync until Sat \\d\\d:\\d\\d")
                .containsPattern("applied shrink wedsync \\d+ → 4 under override \\w+ \\(demo: chaos drill\\) — manual resize by demo: chaos drill")
                .containsPattern("rolled back wedsync 4 → " + max(bad.from()) + ": [23] of 3 samples worse than before the change")
                .containsPattern("override by demo: duty manager lifts the protected window for shrink on wedsync until Sat \\d\\d:\\d\\d"
                        + " — reason: the ceremony rush is over")
                .containsPattern("applied shrink wedsync \\d+ → \\d+ under override " + id + " \\(demo: duty manager\\)")
                .contains("demo finished");
    }

    private Optional<JsonNode> shrinkUnderDutyManagersOverride(URI scaling) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(scaling).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(r.body());
            JsonNode d = body.path("pools").path(0).path("lastDecision");
            if (!"applied".equals(d.path("outcome").asText()) || !"shrink".equals(d.path("direction").asText())) {
                return Optional.empty();
            }
            return override(body, d.path("overrideId").asText())
                    .filter(o -> "demo: duty manager".equals(o.path("actor").asText()))
                    .map(o -> body);
        } catch (java.io.IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Optional<JsonNode> override(JsonNode scaling, String id) {
        for (JsonNode o : scaling.path("overrides")) {
            if (o.path("id").asText().equals(id)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> port(String console) {
        Matcher m = PORT.matcher(console);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String text(ByteArrayOutputStream console) {
        return console.toString(StandardCharsets.UTF_8);
    }

    private static AuditEntry first(List<AuditEntry> audit, Predicate<AuditEntry> p) {
        return audit.stream().filter(p).findFirst().orElseThrow(() -> new AssertionError(
                "no such entry in the audit log:\n" + String.join("\n", audit.stream().map(AuditEntry::toString).toList())));
    }

    private static boolean applied(AuditEntry e, String direction) {
        return e.kind() == AuditEntry.Kind.ACTION && e.outcome() == AuditOutcome.APPLIED
                && e.direction() == Direction.valueOf(direction.toUpperCase(java.util.Locale.ROOT));
    }

    private static int max(PoolSize size) {
        return size.max();
    }

    private static LocalDateTime venue(AuditEntry e) {
        return LocalDateTime.ofInstant(e.at(), Demo.HOME);
    }
}
