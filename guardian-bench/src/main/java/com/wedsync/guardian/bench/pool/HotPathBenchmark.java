package com.wedsync.guardian.bench.pool;

import com.wedsync.guardian.hikari.HotPathParts;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * One record of the guardian's tracker in its parts, one thread: picking the thread's cells (its id,
 * hashed), finding the bucket, and the whole record (those two, the owned slot's look-up and
 * ownership check, the range check and the count). A borrow makes two records, so what the tracker
 * adds to a borrow is about twice {@link #record}; {@link TrackerCallbackBenchmark} measures the two
 * callbacks as HikariCP makes them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Threads(1)
public class HotPathBenchmark {

    private final HotPathParts parts = new HotPathParts();
    // A field, not a constant, so the bucket is worked out each time; a borrow's wait in nanoseconds.
    private long value = 1_500;

    @Benchmark
    public void nothing() {
        // the harness's own cost per call, for reference
    }

    @Benchmark
    public int threadHash() {
        return parts.threadHash();
    }

    @Benchmark
    public int bucketIndex() {
        return parts.bucketIndex(value);
    }

    @Benchmark
    public void record() {
        parts.record(value);
    }
}
