/**
 * Immutable settings of the metrics exporters, mirroring the {@code metrics:} section of
 * {@code guardian.yaml}. Builders reject a bad value at once, naming the field and the value
 * (never the value of a header: those hold API keys).
 */
package com.wedsync.guardian.metrics.config;
