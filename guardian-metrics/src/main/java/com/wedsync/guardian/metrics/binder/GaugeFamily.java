package com.wedsync.guardian.metrics.binder;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Gauges for a changing set of keys (pools, servers, calendar sources), each key's gauges reading the
 * latest state through a {@link Latest} holder. A new key gets its gauges at the next update, a key
 * that is gone loses them, and a change of the context tags re-registers every gauge with the new
 * tags: Micrometer fixes a meter's tags at registration, so that is the only way a tag can follow
 * the wedding context. Scrapes read the holders only; they never reach the guardian's internals.
 * Not thread-safe: updated from one thread (the tick), read by any.
 *
 * @param <S> the state a key's gauges read
 */
final class GaugeFamily<S> {

    /** Registers one key's gauges, reading {@code latest}, with {@code tags} (the key's tags plus the context). */
    @FunctionalInterface
    interface Registration<S> {
        List<Meter> register(MeterRegistry registry, String key, Tags tags, Latest<S> latest);
    }

    /** The latest state of one key; volatile because scrapes and exporter threads read it. */
    static final class Latest<S> {
        private volatile S value;

        S get() {
            return value;
        }
    }

    private static final class Entry<S> {
        final Latest<S> latest = new Latest<>();
        List<Meter> meters = List.of();
    }

    private final MeterRegistry registry;
    private final Registration<S> registration;
    private final Map<String, Entry<S>> entries = new HashMap<>();
    private Tags contextTags = Tags.empty();

    GaugeFamily(MeterRegistry registry, Registration<S> registration) {
        this.registry = registry;
        this.registration = registration;
    }

    /** Makes the meters match {@code latest}: adds, updates, removes, re-tags. */
    void update(Map<String, S> latest, Tags context) {
        boolean retag = !context.equals(contextTags);
        contextTags = context;
        for (Iterator<Map.Entry<String, Entry<S>>> it = entries.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Entry<S>> e = it.next();
            if (!latest.containsKey(e.getKey())) {
                remove(e.getValue());
                it.remove();
            }
        }
        for (Map.Entry<String, S> e : latest.entrySet()) {
            Entry<S> entry = entries.get(e.getKey());
            boolean fresh = entry == null;
            if (fresh) {
                entry = new Entry<>();
                entries.put(e.getKey(), entry);
            }
            entry.latest.value = e.getValue();
            if (fresh || retag) {
                remove(entry);
                entry.meters = new ArrayList<>(registration.register(registry, e.getKey(), context, entry.latest));
            }
        }
    }

    /** Removes every meter of this family. */
    void clear() {
        entries.values().forEach(this::remove);
        entries.clear();
    }

    int size() {
        return entries.size();
    }

    private void remove(Entry<S> entry) {
        entry.meters.forEach(registry::remove);
        entry.meters = List.of();
    }
}
