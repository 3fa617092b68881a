package com.wedsync.guardian.app.http;

import com.wedsync.guardian.app.fleet.FleetReport;
import com.wedsync.guardian.app.runtime.Guardian;
import com.wedsync.guardian.jdbc.fleet.FleetStoreException;

/** {@code GET /api/fleet}: the fleet read from the store, so every instance gives the same answer (issue 12). */
final class FleetRoutes {

    private FleetRoutes() {
    }

    static ApiServer.Builder register(Guardian guardian, ApiServer.Builder api) {
        return api.get("/api/fleet", req -> guardian.fleet()
                .map(f -> {
                    try {
                        return ApiResponse.ok(FleetReport.of(f.view()));
                    } catch (FleetStoreException e) {
                        return ApiResponse.error(503, "the fleet store cannot be read now; try again");
                    }
                })
                .orElseGet(() -> ApiResponse.error(404, "this guardian is not in a fleet (fleet.enabled is false)")));
    }
}
