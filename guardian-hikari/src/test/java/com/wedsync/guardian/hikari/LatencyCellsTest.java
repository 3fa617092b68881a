package com.wedsync.guardian.hikari;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.wedsync.guardian.pool.LatencySummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * The hot-path histogram: every value lands in a bucket that holds it, percentiles from many threads
 * (dead or alive) match the exact ones within a bucket's error, and no record is lost or counted twice
 * across snapshots.
 */
class LatencyCellsTest {

    @Test
    void everyValueFallsInsideItsBucketAndBucketsAreContiguous() {
        for (int i = 1; i < LatencyCells.BUCKETS; i++) {
            assertThat(LatencyCells.lower(i)).isEqualTo(LatencyCells.upper(i - 1) + 1);
        }
        long[] samples = {0, 1, 63, 64, 65, 127, 128, 1_000, 123_456, 250_000_000L, 1L << 40, LatencyCells.MAX_VALUE};
        for (long v : samples) {
            int i = LatencyCells.index(v);
            assertThat(LatencyCells.lower(i)).as("lower bound of %d", v).isLessThanOrEqualTo(v);
            assertThat(LatencyCells.upper(i)).as("upper bound of %d", v).isGreaterThanOrEqualTo(v);
            // 32 buckets per power of two: no bucket is wider than 1/32 of its values
            assertThat(LatencyCells.upper(i) - LatencyCells.lower(i)).isLessThanOrEqualTo(Math.max(0, v / 32));
        }
        assertThat(LatencyCells.index(Long.MAX_VALUE)).isEqualTo(LatencyCells.BUCKETS - 1);
        assertThat(LatencyCells.index(-5)).isZero();
    }

    @Test
    void summaryOfAKnownDistribution() {
        LatencyCells cells = new LatencyCells();
        for (int v = 1; v <= 1_000; v++) {
            cells.record(v);
        }
        LatencySummary s = cells.drain(1.0);
        assertThat(s.count()).isEqualTo(1_000);
        assertThat(s.p50Ms()).isCloseTo(500, within(500 * 0.02));
        assertThat(s.p95Ms()).isCloseTo(950, within(950 * 0.02));
        assertThat(s.p99Ms()).isCloseTo(990, within(990 * 0.02));
        assertThat(s.maxMs()).isBetween(1_000.0, 1_000 * 1.04);
        assertThat(cells.drain(1.0)).as("nothing new since").isEqualTo(LatencySummary.EMPTY);
    }

    @Test
    void percentilesOfManyThreadsSomeAlreadyDeadAreWithinTheBucketErrorOfTheExactOnes() throws Exception {
        LatencyCells cells = new LatencyCells();
        int threads = 48;
        int each = 2_000;
        long[][] samples = new long[threads][each];
        CountDownLatch recorded = new CountDownLatch(threads);
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Random random = new Random(t);
            long[] mine = samples[t];
            for (int i = 0; i < each; i++) {
                mine[i] = (long) Math.pow(10, 9 * random.nextDouble()); // 1 ns to 1 s, log-uniform
            }
            boolean outlivesTheSnapshot = t % 3 == 0;
            Thread w = new Thread(() -> {
                for (long v : mine) {
                    cells.record(v);
                }
                recorded.countDown();
                if (outlivesTheSnapshot) {
                    awaitQuietly(release);
                }
            });
            writers.add(w);
            w.start();
        }
        recorded.await();
        for (int t = 0; t < threads; t += 3) {
            assertThat(writers.get(t).isAlive()).isTrue();
        }
        for (int t = 1; t < threads; t++) {
            if (t % 3 != 0) {
                writers.get(t).join(); // two thirds of the writers are gone before the snapshot
            }
        }
        LatencySummary s = cells.drain(1.0);
        release.countDown();

        long[] all = Arrays.stream(samples).flatMapToLong(Arrays::stream).sorted().toArray();
        assertThat(s.count()).isEqualTo(all.length);
        assertThat(s.p50Ms()).isCloseTo(exact(all, 0.50), withinPercentage(1.6));
        assertThat(s.p95Ms()).isCloseTo(exact(all, 0.95), withinPercentage(1.6));
        assertThat(s.p99Ms()).isCloseTo(exact(all, 0.99), withinPercentage(1.6));
        assertThat(s.maxMs()).isBetween((double) all[all.length - 1], all[all.length - 1] * (1 + 1 / 32.0));
        assertThat(cells.stripes()).isBetween(1, LatencyCells.CELLS);
        for (Thread w : writers) {
            w.join();
        }
    }

    @Test
    void countsAreConservedAcrossManySnapshotsWhileThreadsComeAndGo() throws Exception {
        LatencyCells cells = new LatencyCells();
        int steady = 4;
        int each = 200_000;
        int shortLived = 2_000;
        int shortEach = 50;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < steady; t++) {
            long value = 1_000L * (t + 1);
            writers.add(new Thread(() -> {
                awaitQuietly(start);
                for (int i = 0; i < each; i++) {
                    cells.record(value);
                }
            }));
        }
        writers.add(new Thread(() -> {
            awaitQuietly(start);
            for (int t = 0; t < shortLived; t++) {
                Thread brief = new Thread(() -> {
                    for (int i = 0; i < shortEach; i++) {
                        cells.record(i);
                    }
                });
                brief.start();
                joinQuietly(brief);
            }
        }));
        writers.forEach(Thread::start);
        start.countDown();
        long seen = 0;
        int snapshots = 0;
        // Read while they write: the intervals add up to exactly what was written.
        while (writers.stream().anyMatch(Thread::isAlive)) {
            seen += cells.drain(1.0).count();
            snapshots++;
        }
        for (Thread w : writers) {
            w.join();
        }
        seen += cells.drain(1.0).count();
        assertThat(seen).as("counted over %d snapshots", snapshots).isEqualTo((long) steady * each + (long) shortLived * shortEach);
        assertThat(cells.drain(1.0).count()).isZero();
        assertThat(cells.stripes()).isBetween(1, LatencyCells.CELLS);
        cells.record(7);
        assertThat(cells.drain(1.0).maxMs()).isEqualTo(7.0);
    }

    @Test
    void eachPercentileIsTheMidpointOfTheBucketItsExactSampleFallsIn() {
        Random random = new Random(11);
        long[][] cases = {
            {0},                                        // only bucket 0
            {LatencyCells.MAX_VALUE, Long.MAX_VALUE},   // only the top bucket
            {5, 5, 5, 5, 5, 5, 5, 5, 5, 5},             // every percentile in one bucket
            {1, 1_000_000_000L},                        // two buckets far apart
            random.longs(37, 0, 200).toArray(),         // fewer samples than 100: p99 is the maximum
            random.longs(20_000).map(v -> (long) Math.pow(10, 1 + 8 * Math.abs(v % 1_000_000) / 1e6)).toArray(),
        };
        LatencyCells cells = new LatencyCells();
        for (long[] samples : cases) {
            for (long v : samples) {
                cells.record(v);
            }
            LatencySummary s = cells.drain(1.0);
            long[] sorted = samples.clone();
            Arrays.sort(sorted);
            String what = Arrays.toString(Arrays.copyOf(sorted, Math.min(sorted.length, 5))) + "… (" + sorted.length + ")";
            assertThat(s.count()).as(what).isEqualTo(sorted.length);
            assertThat(s.p50Ms()).as("p50 of %s", what).isEqualTo(midpointOfBucketOf(exactLong(sorted, 0.50)));
            assertThat(s.p95Ms()).as("p95 of %s", what).isEqualTo(midpointOfBucketOf(exactLong(sorted, 0.95)));
            assertThat(s.p99Ms()).as("p99 of %s", what).isEqualTo(midpointOfBucketOf(exactLong(sorted, 0.99)));
            assertThat(s.maxMs()).as("max of %s", what)
                    .isEqualTo((double) LatencyCells.upper(LatencyCells.index(sorted[sorted.length - 1])));
        }
    }

    @Test
    void aHistogramsMemoryIsBoundedWhateverTheCores() {
        long arrayBytes = LatencyCells.BUCKETS * 8L;
        // wait, use, create: owned slots (counts and seen), shared stripes, what the reader took of them, the interval array
        long perPool = 3 * (LatencyCells.CELLS * 3 + 2) * arrayBytes;
        assertThat(Integer.bitCount(LatencyCells.CELLS)).as("a power of two").isOne();
        assertThat(LatencyCells.CELLS).isBetween(2, 8);
        assertThat(perPool).isLessThan(1L << 20);
    }

    /** The value at rank ceil(q × n) of sorted samples: what the summary's bucket midpoint approximates. */
    private static double exact(long[] sorted, double q) {
        return sorted[(int) Math.ceil(q * sorted.length) - 1];
    }

    private static long exactLong(long[] sorted, double q) {
        return sorted[(int) Math.ceil(q * sorted.length) - 1];
    }

    private static double midpointOfBucketOf(long value) {
        int i = LatencyCells.index(value);
        return (LatencyCells.lower(i) + LatencyCells.upper(i)) / 2.0;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
