package com.wedsync.guardian.bench.hostile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code java -cp guardian-bench/target/benchmarks.jar com.wedsync.guardian.bench.hostile.HostileInputs
 * [guardian.jar] [seconds per input]}: each hostile calendar, then a small real one as the baseline, given to
 * its own {@code guardian run -Xmx256m}; prints one Markdown row per input for BENCHMARKS.md.
 */
public final class HostileInputs {

    private HostileInputs() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "guardian-app/target/guardian.jar");
        Duration each = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 30);
        Path dir = Files.createTempDirectory("guardian-hostile");
        try (HostileFeeds feeds = new HostileFeeds(dir)) {
            Map<String, String> inputs = new LinkedHashMap<>();
            inputs.put("baseline: a small real calendar", "path: " + feeds.baseline());
            inputs.put("254 KB feed of 2,000 hourly series", "path: " + feeds.hourlySeries());
            inputs.put("50,000 nested components", "path: " + feeds.nested());
            inputs.put("/dev/zero as the calendar path", "path: " + feeds.devZero());
            inputs.put("X-WEDSYNC-GUESTS: 2147483647 on two weddings today", "path: " + feeds.hugeGuests());
            feeds.redirectToRefusedHost().ifPresent(url -> inputs.put("feed redirecting to a refused host (20 MB there)",
                    "url: \"" + url + "\""));
            System.out.println("| input | /healthz answers | median | worst (at second) | not 200 / no answer | peak heap (-Xmx256m)"
                    + " | alive at end | the calendar says |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            int n = 0;
            for (Map.Entry<String, String> input : inputs.entrySet()) {
                Path run = Files.createDirectories(dir.resolve("run" + n++));
                Path config = Files.writeString(run.resolve("guardian.yaml"), """
                        http: {host: 127.0.0.1, port: 0}
                        store: jdbc:h2:file:%s/store
                        calendars:
                          - {name: hostile, type: ics, %s, pollInterval: 2s}
                        """.formatted(run, input.getValue()));
                try (ServiceUnderTest service = ServiceUnderTest.start(jar, config, run)) {
                    ServiceUnderTest.Watch w = service.watch(each);
                    System.out.printf("| %s | %d | %d ms | %d ms (%d) | %d / %d | %d MB | %s | %s |%n", input.getKey(),
                            w.requests(), w.medianMillis(), w.worstMillis(), w.worstAtSecond(), w.notOk(), w.noAnswer(), w.peakHeapMb(), w.alive() ? "yes" : "NO",
                            w.calendarError());
                }
            }
        }
    }
}
