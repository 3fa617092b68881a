package com.wedsync.guardian.app.http;

import com.wedsync.guardian.app.api.AlertDoc;
import com.wedsync.guardian.app.api.Endpoint.Reply;
import com.wedsync.guardian.app.fleet.Fleet;
import com.wedsync.guardian.app.fleet.FleetReport;
import com.wedsync.guardian.app.runtime.Guardian;
import com.wedsync.guardian.jdbc.fleet.FleetNotices;
import com.wedsync.guardian.jdbc.fleet.FleetStoreException;

import java.util.List;

/** {@code GET /api/fleet}: the fleet read from the store, so every instance gives the same answer (issue 12). */
final class FleetRoutes {

    private FleetRoutes() {
    }

    static void register(Guardian guardian, DocumentedRoutes api) {
        api.get("/api/fleet", "The fleet read from its store: instances, and each database's budget and division.",
                List.of(Reply.json(200, FleetReport.class), Reply.error(404), Reply.error(503)), req -> guardian.fleet()
                .map(f -> {
                    try {
                        return ApiResponse.ok(FleetReport.of(f.view()));
                    } catch (FleetStoreException e) {
                        return ApiResponse.error(503, "the fleet store cannot be read now; try again");
                    }
                })
                .orElseGet(() -> ApiResponse.error(404, "this guardian is not in a fleet (fleet.enabled is false)")));
    }

    /**
     * An acknowledgement by an alert id or a dedup key this instance's desk does not know: kept in the store against
     * the fleet's key when it names an alert, or a notification, the fleet said; the instance holding the duty applies
     * it, and so does any later holder.
     */
    static ApiResponse forwardAck(Fleet fleet, String id, String who) {
        if (id.length() > FleetNotices.MAX_KEY) {
            return ApiResponse.error(404, "no alert with id or dedup key of that length");
        }
        boolean known;
        try {
            known = fleet.forwardAck(id, who);
        } catch (FleetStoreException e) {
            return ApiResponse.error(503, "alert '" + id + "' is not held here and the fleet store cannot be reached to keep"
                    + " the acknowledgement; try again, or the instance named in the alert's instance label");
        }
        if (!known) {
            return ApiResponse.error(404, "no alert with id or dedup key '" + id + "' here, nor any the fleet said: an alert"
                    + " of this instance's alone is acknowledged on the instance named in its instance label");
        }
        return ApiResponse.json(202, new AlertDoc.Forwarded(id, who,
                "the fleet: kept against the fleet's alert; the instance holding the duty acknowledges it at its next"
                        + " heartbeat, and so does any later holder"));
    }
}
