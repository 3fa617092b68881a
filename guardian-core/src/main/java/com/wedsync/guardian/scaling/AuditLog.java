package com.wedsync.guardian.scaling;

import java.time.Instant;
import java.util.List;

/**
 * The append-only record of every override and every scaling action. There is deliberately no way
 * to change or remove an entry. The durable implementation lives in guardian-jdbc.
 */
public interface AuditLog {

    void append(AuditEntry entry);

    /** Entries at or after {@code since}, oldest first, at most {@code limit}. */
    List<AuditEntry> since(Instant since, int limit);

    /** An audit log that keeps entries in memory (tests, and a process without a store). */
    static AuditLog inMemory() {
        return new InMemoryAuditLog();
    }
}
