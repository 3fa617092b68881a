package com.wedsync.guardian.scaling;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** {@link AuditLog} in memory, append-only like the durable one. */
final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void append(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public List<AuditEntry> since(Instant since, int limit) {
        return entries.stream().filter(e -> !e.at().isBefore(since)).limit(limit).toList();
    }
}
