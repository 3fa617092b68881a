package com.wedsync.guardian.hikari;

import com.zaxxer.hikari.metrics.IMetricsTracker;

/**
 * Passes every callback to the tracker that was installed before the guardian (Spring Boot's, an
 * agent's) and to the guardian's own. The guardian's is called first: it never throws, so the other
 * tracker sees exactly what it would have seen alone, exceptions included.
 */
final class ChainedTracker implements IMetricsTracker {

    private final IMetricsTracker guardian;
    private final IMetricsTracker previous;

    ChainedTracker(IMetricsTracker guardian, IMetricsTracker previous) {
        this.guardian = guardian;
        this.previous = previous;
    }

    @Override
    public void recordConnectionCreatedMillis(long connectionCreatedMillis) {
        guardian.recordConnectionCreatedMillis(connectionCreatedMillis);
        previous.recordConnectionCreatedMillis(connectionCreatedMillis);
    }

    @Override
    public void recordConnectionAcquiredNanos(long elapsedAcquiredNanos) {
        guardian.recordConnectionAcquiredNanos(elapsedAcquiredNanos);
        previous.recordConnectionAcquiredNanos(elapsedAcquiredNanos);
    }

    @Override
    public void recordConnectionUsageMillis(long elapsedBorrowedMillis) {
        guardian.recordConnectionUsageMillis(elapsedBorrowedMillis);
        previous.recordConnectionUsageMillis(elapsedBorrowedMillis);
    }

    @Override
    public void recordConnectionTimeout() {
        guardian.recordConnectionTimeout();
        previous.recordConnectionTimeout();
    }

    @Override
    public void close() {
        try {
            guardian.close();
        } finally {
            previous.close();
        }
    }
}
