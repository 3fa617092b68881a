/**
 * The guardian's metrics: {@link com.wedsync.guardian.metrics.GuardianMetrics} starts the configured
 * exporters, binds the guardian's meters over a read model the application implements, serves the
 * Prometheus text and counts events.
 */
package com.wedsync.guardian.metrics;
