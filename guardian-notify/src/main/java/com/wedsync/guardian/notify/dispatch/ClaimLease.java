package com.wedsync.guardian.notify.dispatch;

import com.wedsync.guardian.config.Setting;

import java.time.Duration;
import java.util.UUID;

/**
 * Who a dispatcher claims outbox entries as, and for how long. The length must outlast one delivery attempt
 * (every recipient's request, time-outs included): a lease that runs out mid-attempt lets another instance
 * send the entry too. It is also how long an entry in flight when its instance crashed waits to be taken over.
 *
 * @param owner  unique among the instances sharing the outbox
 * @param length how long a claim lasts, 1 second to 1 hour
 */
public record ClaimLease(String owner, Duration length) {

    /** {@code alerts.outbox.lease}. Five minutes: well past the longest attempt with default time-outs; only an entry in flight waits it out. */
    public static final Setting<Duration> LEASE = Setting.duration("lease", Duration.ofSeconds(1), Duration.ofHours(1),
            Duration.ofMinutes(5), "how long a dispatcher's claim on an outbox entry lasts (instances sharing one outbox)");
    public static final Duration DEFAULT_LENGTH = LEASE.defaultValue();
    private static final int OWNER_MAX = 200;

    public ClaimLease {
        if (owner == null || owner.isBlank() || owner.length() > OWNER_MAX) {
            throw new IllegalArgumentException("owner must be 1 to " + OWNER_MAX + " characters, but was '" + owner + "'");
        }
        if (length == null) {
            throw new IllegalArgumentException("length must be set, but was null");
        }
        LEASE.type().problem(length).ifPresent(p -> {
            throw new IllegalArgumentException("length " + p);
        });
    }

    /** A lease of {@code length} under an owner id unique to this dispatcher: process id and a random part. */
    public static ClaimLease unique(Duration length) {
        return unique("guardian", length);
    }

    /** The same, the owner id starting with {@code instance} (the config's instance label), so a reader knows whose claim it is. */
    public static ClaimLease unique(String instance, Duration length) {
        String prefix = instance == null || instance.isBlank() ? "guardian" : instance.strip();
        prefix = prefix.length() > 150 ? prefix.substring(0, 150) : prefix;
        return new ClaimLease(prefix + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8), length);
    }
}
