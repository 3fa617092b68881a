package com.wedsync.guardian.app.http;

import com.wedsync.guardian.app.runtime.Guardian;

import java.util.Map;

/** The guardian's endpoints, one line each; what each returns is read from the latest {@code GuardianView}. */
public final class GuardianApi {

    private GuardianApi() {
    }

    public static ApiServer.Builder routes(Guardian guardian, ApiServer.Builder api) {
        return api
                .get("/healthz", req -> ApiResponse.ok(Map.of("status", "ok", "at", guardian.view().at())))
                .get("/api/pools", req -> ApiResponse.ok(guardian.view().pools()))
                .get("/api/pools/{name}", req -> guardian.view().pools().stream()
                        .filter(p -> p.name().equals(req.param("name"))).findFirst()
                        .map(ApiResponse::ok)
                        .orElseGet(() -> ApiResponse.error(404, "no pool named '" + req.param("name") + "'")))
                .get("/api/databases", req -> ApiResponse.ok(guardian.view().serverViews()))
                .get("/api/context", req -> ApiResponse.ok(guardian.view().context()));
    }
}
