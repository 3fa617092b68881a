package com.wedsync.guardian.hikari;

/**
 * The tracker's hot path in its parts, for guardian-bench's {@code HotPathBenchmark} (the histogram is
 * package-private): what one record costs to pick the thread's cells, to find the bucket, and in all.
 */
public final class HotPathParts {

    private final LatencyCells cells = new LatencyCells();

    /** The hash of the current thread that picks its slot and stripe. */
    public int threadHash() {
        return LatencyCells.hash(Thread.currentThread());
    }

    /** The bucket {@code value} is counted in. */
    public int bucketIndex(long value) {
        return LatencyCells.index(value);
    }

    /** One whole record: hash, bucket, the caller's owned slot (or a shared stripe), the count. */
    public void record(long value) {
        cells.record(value);
    }

}
