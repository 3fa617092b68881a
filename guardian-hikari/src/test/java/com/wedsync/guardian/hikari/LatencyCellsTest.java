package com.wedsync.guardian.hikari;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.wedsync.guardian.pool.LatencySummary;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The hot-path histogram: every value lands in a bucket that holds it, and no record is lost across threads. */
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
    void concurrentWritersLoseNothingAndDeadThreadsAreForgotten() throws Exception {
        LatencyCells cells = new LatencyCells();
        int threads = 4;
        int each = 50_000;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long value = 1_000L * (t + 1);
            Thread w = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                for (int i = 0; i < each; i++) {
                    cells.record(value);
                }
            });
            writers.add(w);
            w.start();
        }
        start.countDown();
        long seen = 0;
        // Read while they write: every interval adds up to exactly what was written.
        while (writers.stream().anyMatch(Thread::isAlive)) {
            seen += cells.drain(1.0).count();
        }
        for (Thread w : writers) {
            w.join();
        }
        LatencySummary last = cells.drain(1.0);
        seen += last.count();
        assertThat(seen).isEqualTo((long) threads * each);
        assertThat(cells.drain(1.0).count()).isZero();
        cells.record(7);
        assertThat(cells.drain(1.0).maxMs()).isEqualTo(7.0);
    }
}
