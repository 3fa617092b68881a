package com.wedsync.guardian.bench;

import com.wedsync.guardian.wedding.ContextAnalyzer;
import com.wedsync.guardian.wedding.ContextPolicy;
import com.wedsync.guardian.wedding.Wedding;
import com.wedsync.guardian.wedding.WeddingCalendar;
import com.wedsync.guardian.wedding.WeddingContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Issue 3, Measure: the wedding context for 10,000 weddings at one instant, within 1 ms. The instant
 * is a peak Saturday afternoon, with about 1.5% of the year's weddings on that one date (docs/wedding-domain.md,
 * "Single-date spikes"), so the answer itself holds ~150 weddings.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WeddingContextBenchmark {

    static final int WEDDINGS = 10_000;

    private WeddingCalendar calendar;
    private ContextAnalyzer analyzer;
    private Instant peak;

    @Setup(Level.Trial)
    public void build() {
        Random random = new Random(7);
        List<Wedding> weddings = new ArrayList<>(WEDDINGS);
        LocalDateTime firstSaturday = LocalDateTime.of(2026, 1, 3, 15, 0);
        LocalDateTime spike = LocalDateTime.of(2026, 9, 5, 15, 0);
        for (int i = 0; i < WEDDINGS; i++) {
            ZoneId zone = ZoneId.of(CalendarParseBenchmark.ZONES[i % CalendarParseBenchmark.ZONES.length]);
            LocalDateTime start = i % 66 == 0 ? spike.plusHours(random.nextInt(3) - 1)
                    : firstSaturday.plusWeeks(random.nextInt(52)).plusDays(random.nextInt(3) == 0 ? random.nextInt(7) : 0);
            weddings.add(new Wedding("w" + i, "Wedding " + i, start.atZone(zone).toInstant(),
                    start.plusHours(7).atZone(zone).toInstant(), zone, false, 116, 14, "Venue " + (i % 300), "bench"));
        }
        calendar = WeddingCalendar.of(weddings);
        analyzer = new ContextAnalyzer(ContextPolicy.builder().homeZone(ZoneId.of("Europe/London")).build());
        peak = spike.plusHours(2).atZone(ZoneId.of("Europe/London")).toInstant();
    }

    @Benchmark
    public WeddingContext contextAtAPeakInstant() {
        return analyzer.analyze(calendar, peak);
    }
}
