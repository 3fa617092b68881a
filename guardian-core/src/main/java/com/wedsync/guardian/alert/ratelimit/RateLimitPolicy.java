package com.wedsync.guardian.alert.ratelimit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Limits per channel (a webhook, a routing key, a sending number, a Resend team) and per recipient (a phone
 * number or mailbox, shared by every channel that reaches it). Recipients are opaque keys held in memory only,
 * never printed. Notifications at criticality 5 always pass ({@link RateLimiter#EMERGENCY_CRITICALITY}).
 */
public final class RateLimitPolicy {

    private final Map<String, RateLimit> channels;
    private final Map<String, List<String>> recipients;
    private final Map<String, RateLimit> recipientLimits;
    private final int maxDeferred;

    private RateLimitPolicy(Builder b) {
        this.channels = Map.copyOf(b.channels);
        Map<String, List<String>> r = new HashMap<>();
        b.recipients.forEach((k, v) -> r.put(k, List.copyOf(v)));
        this.recipients = Map.copyOf(r);
        this.recipientLimits = Map.copyOf(b.recipientLimits);
        this.maxDeferred = b.maxDeferred;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** No limits at all. */
    public static RateLimitPolicy none() {
        return builder().build();
    }

    public Map<String, RateLimit> channels() {
        return channels;
    }

    /** Recipient keys per channel. */
    public Map<String, List<String>> recipients() {
        return recipients;
    }

    public Map<String, RateLimit> recipientLimits() {
        return recipientLimits;
    }

    /** The most notifications held back at once; past it the oldest waiting one is dropped (and counted). */
    public int maxDeferred() {
        return maxDeferred;
    }

    public static final class Builder {
        private final Map<String, RateLimit> channels = new HashMap<>();
        private final Map<String, List<String>> recipients = new HashMap<>();
        private final Map<String, RateLimit> recipientLimits = new HashMap<>();
        private int maxDeferred = 10_000;

        private Builder() {
        }

        /** The limit of one channel (see {@link VendorLimits#forType} for each vendor's default). */
        public Builder channel(String channel, RateLimit limit) {
            channels.put(name("channel", channel), Objects.requireNonNull(limit, "limit"));
            return this;
        }

        /** A recipient the channel reaches, limited by {@code limit} across every channel that reaches it. */
        public Builder recipient(String channel, String recipient, RateLimit limit) {
            name("channel", channel);
            if (recipient == null || recipient.isBlank()) {
                throw new IllegalArgumentException("recipient of channel " + channel + " must not be blank");
            }
            Objects.requireNonNull(limit, "limit");
            recipients.computeIfAbsent(channel, c -> new ArrayList<>()).add(recipient);
            recipientLimits.merge(recipient, limit, (a, b) -> a.period().toNanos() / a.permits()
                    >= b.period().toNanos() / b.permits() ? a : b);
            return this;
        }

        public Builder maxDeferred(int maxDeferred) {
            if (maxDeferred < 1) {
                throw new IllegalArgumentException("maxDeferred must be >= 1, but was " + maxDeferred);
            }
            this.maxDeferred = maxDeferred;
            return this;
        }

        private static String name(String field, String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(field + " must not be blank, but was \"" + value + "\"");
            }
            return value;
        }

        public RateLimitPolicy build() {
            return new RateLimitPolicy(this);
        }
    }
}
