package com.wedsync.guardian.app.api;

import com.wedsync.guardian.app.http.Json;
import com.wedsync.guardian.scaling.AuditEntry;
import com.wedsync.guardian.scaling.AuditLines;

import java.time.Instant;
import java.util.Optional;

/**
 * One audit entry as the API shows it (the answer to {@code POST /api/pools/{name}/resize}): {@code from}, {@code to}
 * and {@code reason} as text, every structured field beside them (null where the entry has none), and its one line.
 * The values are the audit renderer's ({@link AuditLines#document}); reading them into this record fails on a field
 * the record does not declare, so the renderer cannot change the API unnoticed.
 */
public record AuditDoc(Instant at, String pool, String kind, String outcome, String actor, Optional<String> direction,
                       Optional<String> mode, String from, String to, Optional<ScalingDoc.Size> fromSize,
                       Optional<ScalingDoc.Size> toSize, Optional<String> scope, Optional<Instant> until, String reason,
                       String gist, Optional<String> overrideId, String line) {

    public static AuditDoc of(AuditEntry e) {
        return Json.MAPPER.convertValue(AuditLines.document(e), AuditDoc.class);
    }
}
