package com.wedsync.guardian.alert.inhibit;

import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.route.LabelMatcher;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inhibition stage: which firing alerts are muted by other firing alerts. Linear in the number of alerts
 * per rule (sources are indexed by their equal-label values), so a storm of a thousand pools stays cheap.
 * Silenced sources still inhibit, as in Alertmanager.
 */
public final class Inhibitor {

    private final List<InhibitRule> rules;

    public Inhibitor(List<InhibitRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The fingerprints of the firing alerts that are inhibited. */
    public Set<String> inhibited(Collection<Alert> firing) {
        Set<String> out = new HashSet<>();
        for (InhibitRule rule : rules) {
            // equal-label values -> a source fingerprint, or "" when two or more sources share them
            Map<String, String> sources = new HashMap<>();
            for (Alert a : firing) {
                if (all(rule.source(), a)) {
                    sources.merge(key(rule, a), a.fingerprint(), (x, y) -> "");
                }
            }
            if (sources.isEmpty()) {
                continue;
            }
            for (Alert a : firing) {
                if (all(rule.target(), a)) {
                    String source = sources.get(key(rule, a));
                    if (source != null && !source.equals(a.fingerprint())) {
                        out.add(a.fingerprint());
                    }
                }
            }
        }
        return out;
    }

    private static boolean all(List<LabelMatcher> matchers, Alert a) {
        for (LabelMatcher m : matchers) {
            if (!m.matches(a.labels())) {
                return false;
            }
        }
        return true;
    }

    private static String key(InhibitRule rule, Alert a) {
        if (rule.equal().size() == 1) {
            return a.label(rule.equal().get(0));
        }
        List<String> parts = new ArrayList<>(rule.equal().size());
        for (String l : rule.equal()) {
            parts.add(a.label(l));
        }
        return String.join("\u0000", parts);
    }
}
