package com.wedsync.guardian.metrics;

import java.util.List;

/** The DogStatsD names the Datadog dashboard may use: exactly the ones the export was seen to send. */
final class DogStatsdNames {

    static final List<String> EXPECTED = List.of(
            "db.client.connection.count", "db.client.connection.max", "db.client.connection.idle.min",
            "db.client.connection.pending_requests", "db.client.connection.timeouts",
            "db.client.connection.wait_time", "db.client.connection.use_time", "db.client.connection.create_time",
            "guardian.pool.health", "guardian.wedding.criticality", "guardian.wedding.in_progress",
            "guardian.wedding.guests_at_risk", "guardian.forecast.expected_connections", "guardian.scaling.actions",
            "guardian.alerts.sent", "guardian.calendar.age", "guardian.db.headroom");

    private DogStatsdNames() {
    }
}
