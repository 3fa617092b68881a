package com.wedsync.guardian.metrics.binder;

import com.wedsync.guardian.metrics.readings.GuardianEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts scaling actions and alert deliveries. Counters carry no context tags on purpose: a tag that
 * changed with the context would start a new series at each change, and Prometheus's {@code increase()}
 * misses the first count of every new series. Thread-safe: called from the scaling and alert threads.
 */
public final class EventCounters implements GuardianEvents {

    private static final int MAX_TAG_LENGTH = 40;

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public EventCounters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void recordScalingAction(String pool, String result) {
        String p = pool == null ? "unknown" : pool;
        String r = tagValue(result);
        counters.computeIfAbsent("s\u0000" + p + "\u0000" + r, k -> Counter.builder(MeterNames.SCALING_ACTIONS)
                .description("Scaling actions, by pool and result")
                .tags(MeterNames.TAG_POOL, p, MeterNames.TAG_RESULT, r)
                .register(registry)).increment();
    }

    @Override
    public void recordAlertSent(String channel, String result) {
        String c = tagValue(channel);
        String r = tagValue(result);
        counters.computeIfAbsent("a\u0000" + c + "\u0000" + r, k -> Counter.builder(MeterNames.ALERTS_SENT)
                .description("Alert deliveries, by channel and result")
                .tags(MeterNames.TAG_CHANNEL, c, MeterNames.TAG_RESULT, r)
                .register(registry)).increment();
    }

    /** Folds free text into a bounded tag value so a caller's mistake cannot explode cardinality or leak text. */
    static String tagValue(String raw) {
        if (raw == null || raw.isBlank()) {
            return "unknown";
        }
        String lower = raw.strip().toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(Math.min(lower.length(), MAX_TAG_LENGTH));
        for (int i = 0; i < lower.length() && b.length() < MAX_TAG_LENGTH; i++) {
            char ch = lower.charAt(i);
            boolean ok = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '.' || ch == '-';
            b.append(ok ? ch : '_');
        }
        return b.toString();
    }
}
