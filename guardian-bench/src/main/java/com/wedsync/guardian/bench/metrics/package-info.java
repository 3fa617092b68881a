/** Scenario benchmark of the metrics export: the guardian's CPU with every exporter on. */
package com.wedsync.guardian.bench.metrics;
