package com.wedsync.guardian.scaling;

import java.time.Instant;
import java.util.List;

/**
 * The append-only record of every override and every scaling action. There is deliberately no way
 * to change or remove an entry. The durable implementation lives in guardian-jdbc.
 */
public interface AuditLog {

    /**
     * Records the entry durably before returning. Callers append before they act (write-ahead), so an entry
     * that cannot be written stops the change it describes.
     *
     * @throws WriteFailed when the entry could not be recorded
     */
    void append(AuditEntry entry);

    /** Entries at or after {@code since}, oldest first, at most {@code limit}. */
    List<AuditEntry> since(Instant since, int limit);

    /** An audit log that keeps entries in memory (tests, and a process without a store). */
    static AuditLog inMemory() {
        return new InMemoryAuditLog();
    }

    /** The store refused an entry: whatever it described must not happen. */
    final class WriteFailed extends RuntimeException {
        public WriteFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
