/**
 * The Micrometer registries behind each exporter: Prometheus (pulled through {@code GET /metrics}),
 * StatsD in Datadog's flavour (UDP to the agent) and OTLP over HTTP. The push exporters run on their
 * own daemon threads, so a slow or dead receiver never holds up a tick.
 */
package com.wedsync.guardian.metrics.export;
