package com.wedsync.guardian.alert.ratelimit;

import com.wedsync.guardian.alert.Notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rate-limit stage: admits notifications while their channel's and recipients' buckets hold permits;
 * the rest wait, oldest first per channel, and are offered again on later ticks. A waiting notification is
 * replaced by a newer one for the same group and channel (the channel only needs the latest state), so the
 * queue is bounded by groups times channels, and by {@code maxDeferred}. At criticality 5 a notification
 * always passes (it still spends permits, so later traffic slows down); at 4 and below, never.
 */
public final class RateLimiter {

    /** The emergency bypass: only criticality 5, never below (the product brief). */
    public static final int EMERGENCY_CRITICALITY = 5;

    /** What one tick let through, and what is held back. */
    public record Admission(List<Notification> admitted, int waiting, long droppedTotal) {
    }

    private final RateLimitPolicy policy;
    private final Map<String, TokenBucket> channelBuckets = new HashMap<>();
    private final Map<String, TokenBucket> recipientBuckets = new HashMap<>();
    private final Map<String, Notification> waiting = new LinkedHashMap<>();
    private final Map<String, Integer> waitingPerChannel = new HashMap<>();
    private long dropped;

    public RateLimiter(RateLimitPolicy policy) {
        this.policy = policy;
        policy.channels().forEach((c, l) -> channelBuckets.put(c, new TokenBucket(l)));
        policy.recipientLimits().forEach((r, l) -> recipientBuckets.put(r, new TokenBucket(l)));
    }

    public Admission admit(Instant now, List<Notification> offered) {
        List<Notification> admitted = new ArrayList<>();
        // Once one waiting notification of a channel finds no permit, the rest of that channel wait too.
        Set<String> blocked = new HashSet<>();
        for (Iterator<Notification> it = waiting.values().iterator(); it.hasNext(); ) {
            Notification n = it.next();
            if (blocked.contains(n.channel())) {
                continue;
            }
            if (pass(now, n)) {
                admitted.add(n);
                it.remove();
                leave(n.channel());
            } else {
                blocked.add(n.channel());
            }
        }
        for (Notification n : offered) {
            String key = n.dedupKey() + '\u0000' + n.channel();
            boolean emergency = n.alert().context().criticality() >= EMERGENCY_CRITICALITY;
            if (waiting.containsKey(key)) {
                if (emergency) {
                    waiting.remove(key);
                    leave(n.channel());
                    take(now, n);
                    admitted.add(n);
                } else {
                    waiting.put(key, n);
                }
            } else if (emergency) {
                take(now, n);
                admitted.add(n);
            } else if (!waitingPerChannel.containsKey(n.channel()) && pass(now, n)) {
                admitted.add(n);
            } else {
                hold(key, n);
            }
        }
        return new Admission(admitted, waiting.size(), dropped);
    }

    private void hold(String key, Notification n) {
        if (waiting.size() >= policy.maxDeferred()) {
            Iterator<Notification> oldest = waiting.values().iterator();
            leave(oldest.next().channel());
            oldest.remove();
            dropped++;
        }
        waiting.put(key, n);
        waitingPerChannel.merge(n.channel(), 1, Integer::sum);
    }

    private void leave(String channel) {
        waitingPerChannel.computeIfPresent(channel, (c, k) -> k <= 1 ? null : k - 1);
    }

    private boolean pass(Instant now, Notification n) {
        TokenBucket channel = channelBuckets.get(n.channel());
        if (channel != null && !channel.available(now)) {
            return false;
        }
        List<String> recipients = policy.recipients().getOrDefault(n.channel(), List.of());
        for (String r : recipients) {
            if (!recipientBuckets.get(r).available(now)) {
                return false;
            }
        }
        take(now, n);
        return true;
    }

    private void take(Instant now, Notification n) {
        TokenBucket channel = channelBuckets.get(n.channel());
        if (channel != null) {
            channel.take(now);
        }
        for (String r : policy.recipients().getOrDefault(n.channel(), List.of())) {
            recipientBuckets.get(r).take(now);
        }
    }

    /** Notifications waiting for a permit now. */
    public int waiting() {
        return waiting.size();
    }
}
