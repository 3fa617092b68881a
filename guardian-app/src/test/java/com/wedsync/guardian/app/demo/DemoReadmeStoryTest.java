package com.wedsync.guardian.app.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wedsync.guardian.scaling.AuditLines;
import com.wedsync.guardian.testing.Eventually;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, items 3, 10, 11 and 13: one run of the demo (twice its speed, its scripted operator, its own
 * store) against what the README says of it. The README's story lines (the quoted console lines between its
 * {@code <!-- story -->} markers) appear on the console in the README's order; every time the API shows is
 * venue time and agrees with the console; the console's scaling lines are short and its durations readable;
 * {@code /api/context} lists each calendar source.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoReadmeStoryTest {

    private static final Pattern PORT = Pattern.compile("HTTP on http://127\\.0\\.0\\.1:(\\d+)");
    private static final Pattern STORY = Pattern.compile("(?s)<!-- story[^>]*-->(.*?)<!-- /story -->");
    private static final Pattern QUOTED = Pattern.compile("`([^`]+)`");
    private static final Pattern CONSOLE_TIME = Pattern.compile("(?m)^(\\w{3} \\d\\d:\\d\\d) Europe/London  criticality");
    private static final List<String> EVENT_STARTS = List.of("applied ", "blocked ", "rolled back ", "override by ");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private String console;
    private JsonNode context;
    private JsonNode pools;
    private JsonNode resolvedAlert;

    @BeforeAll
    void runTheDemo(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        String store = "jdbc:h2:file:" + dir.resolve("guardian-demo").toAbsolutePath();
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> demo = runner.submit(() -> Demo.run(new Demo.Options(0, Duration.ofSeconds(46), false, null,
                    2, true, "readme-story-token", store), out, System.err));
            Eventually.await(Duration.ofSeconds(30), Duration.ofMillis(50), "the demo's HTTP address on the console",
                    () -> PORT.matcher(text(bytes)).find());
            Matcher port = PORT.matcher(text(bytes));
            assertThat(port.find()).isTrue();
            String api = "http://127.0.0.1:" + port.group(1);
            AtomicReference<JsonNode> resolved = new AtomicReference<>();
            Eventually.await(Duration.ofSeconds(60), Duration.ofMillis(100), "GET /api/alerts: a resolved alert",
                    () -> firstResolved(get(api + "/api/alerts")).map(a -> {
                        resolved.set(a);
                        return true;
                    }).orElse(false));
            resolvedAlert = resolved.get();
            context = get(api + "/api/context");
            pools = get(api + "/api/pools");
            assertThat(demo.get(90, TimeUnit.SECONDS)).isZero();
        } finally {
            runner.shutdownNow();
        }
        console = text(bytes);
    }

    @Test
    void everyStoryLineOfTheReadmeIsOnTheConsoleInTheReadmesOrder() throws IOException {
        List<String> lines = storyLines();
        assertThat(lines).as("the README's story lines").hasSizeGreaterThanOrEqualTo(10);
        int from = 0;
        for (String line : lines) {
            Matcher m = asPattern(line).matcher(console);
            assertThat(m.find(from)).as("README story line '%s' on the console after position %d of:%n%s", line, from,
                    events(console)).isTrue();
            from = m.end();
        }
    }

    @Test
    void everyTimeTheApiShowsIsVenueTimeAndAgreesWithTheConsole() {
        Instant contextAt = Instant.parse(context.path("at").asText());
        Instant snapshotAt = Instant.parse(pools.path(0).path("snapshot").path("at").asText());
        Instant healthAt = Instant.parse(pools.path(0).path("health").path("at").asText());
        Instant poolContextAt = Instant.parse(pools.path(0).path("context").path("at").asText());
        Instant friday = CompressedDay.nextFridayEvening(Instant.now().minus(Duration.ofMinutes(2)), Demo.HOME);

        assertThat(contextAt).as("venue time: the demo's week, not today").isAfterOrEqualTo(friday);
        for (Instant at : List.of(snapshotAt, healthAt, poolContextAt)) {
            assertThat(Duration.between(at, contextAt).abs()).as("GET /api/pools times on the clock of context.at")
                    .isLessThan(Duration.ofHours(1));
        }
        List<LocalDateTime> shown = new ArrayList<>();
        Matcher m = CONSOLE_TIME.matcher(console);
        while (m.find()) {
            shown.add(venueMinute(m.group(1), contextAt));
        }
        LocalDateTime apiMinute = LocalDateTime.ofInstant(contextAt, Demo.HOME).truncatedTo(ChronoUnit.MINUTES);
        assertThat(shown).as("a console view within half a venue hour of /api/context's at %s", apiMinute)
                .anyMatch(t -> Duration.between(t, apiMinute).abs().compareTo(Duration.ofMinutes(30)) <= 0);

        String cleared = AuditLines.TIME.format(Instant.parse(resolvedAlert.path("endsAt").asText()).atZone(Demo.HOME));
        assertThat(console).as("the console shows the API's resolved alert at the same venue time")
                .contains(resolvedAlert.path("labels").path("condition").asText())
                .contains("cleared at " + cleared)
                .doesNotContain(" UTC");
    }

    @Test
    void theConsolesScalingLinesAreShortAndItsDurationsReadable() {
        List<String> scaling = console.lines().filter(l -> l.startsWith("scaling wedsync")).toList();
        assertThat(scaling).isNotEmpty().allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(120));
        assertThat(console).doesNotContainPattern("PT\\d").contains("limited by the max step of 10");
    }

    @Test
    void theContextListsEachCalendarSourceAsTheReadmeSays() {
        JsonNode sources = context.path("calendar").path("sources");
        assertThat(sources.isArray()).as(context.toString()).isTrue();
        assertThat(sources).singleElement().satisfies(s -> {
            assertThat(s.path("name").asText()).isEqualTo("demo");
            assertThat(s.path("weddings").asInt()).isPositive()
                    .isEqualTo(context.path("calendar").path("weddings").asInt());
            assertThat(s.path("stale").asBoolean()).isFalse();
            assertThat(s.path("lastRefreshed").asText()).isNotBlank();
        });
    }

    /** The quoted console lines of the README's story, each on one line. */
    private static List<String> storyLines() throws IOException {
        Matcher story = STORY.matcher(Files.readString(Path.of("..", "README.md")));
        assertThat(story.find()).as("the README marks its demo story with <!-- story --> … <!-- /story -->").isTrue();
        List<String> out = new ArrayList<>();
        Matcher q = QUOTED.matcher(story.group(1));
        while (q.find()) {
            String line = q.group(1).replaceAll("\\s*\\n\\s*", " ");
            if (EVENT_STARTS.stream().anyMatch(line::startsWith)) {
                out.add(line);
            }
        }
        return out;
    }

    /** N is a number, HH:MM a time, ID an override's id, … the rest of the line; everything else literal. */
    static Pattern asPattern(String line) {
        StringBuilder regex = new StringBuilder();
        Matcher token = Pattern.compile("\\bN\\b|\\bHH:MM\\b|\\bID\\b|…").matcher(line);
        int last = 0;
        while (token.find()) {
            regex.append(Pattern.quote(line.substring(last, token.start())));
            regex.append(switch (token.group()) {
                case "N" -> "\\d+";
                case "HH:MM" -> "\\d\\d:\\d\\d";
                case "ID" -> "[0-9a-f]{8}";
                default -> "[^\\n]*";
            });
            last = token.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(line.substring(last))).toString());
    }

    private static String events(String console) {
        return String.join("\n", console.lines().filter(l -> l.matches("  \\w{3} \\d\\d:\\d\\d  .*")).toList());
    }

    /** "Sat 16:22" as the venue date-time of that name nearest to {@code near}. */
    private static LocalDateTime venueMinute(String shown, Instant near) {
        LocalDateTime anchor = LocalDateTime.ofInstant(near, Demo.HOME);
        for (int days = -3; days <= 3; days++) {
            LocalDateTime day = anchor.plusDays(days);
            if (AuditLines.TIME.format(day).substring(0, 3).equals(shown.substring(0, 3))) {
                return day.toLocalDate().atTime(Integer.parseInt(shown.substring(4, 6)), Integer.parseInt(shown.substring(7, 9)));
            }
        }
        throw new AssertionError("no day named " + shown);
    }

    private java.util.Optional<JsonNode> firstResolved(JsonNode alerts) {
        for (JsonNode a : alerts) {
            if ("resolved".equals(a.path("state").asText()) && a.hasNonNull("endsAt")) {
                return java.util.Optional.of(a);
            }
        }
        return java.util.Optional.empty();
    }

    private JsonNode get(String uri) {
        try {
            return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(uri)).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            return JSON.createArrayNode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return JSON.createArrayNode();
        }
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
