package com.wedsync.guardian.freeze;

import com.wedsync.guardian.scaling.AuditLog;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The deploy overrides granted so far. A grant is written to the audit log first; when that fails nothing is
 * granted. Thread-safe: the API grants while freeze checks read.
 */
public final class BreakGlass {

    private final AuditLog audit;
    private final List<DeployOverride> granted = new CopyOnWriteArrayList<>();

    public BreakGlass(AuditLog audit) {
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /** @throws AuditLog.WriteFailed when the entry cannot be written: then the override is not granted */
    public DeployOverride grant(DeployOverride o) {
        audit.append(o.auditEntry());
        granted.add(o);
        return o;
    }

    /** Overrides still in force at {@code at}; expired ones are dropped. */
    public List<DeployOverride> active(Instant at) {
        granted.removeIf(o -> !o.expiresAt().isAfter(at));
        return List.copyOf(granted);
    }
}
