package com.wedsync.guardian.freeze;

import com.wedsync.guardian.wedding.ContextAnalyzer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one freeze decision: for a service, an environment and an instant, allowed or frozen, why, until when, the
 * next freeze ahead and the break-glass used. Pure; the same query and facts always give the same answer.
 */
public final class FreezeGate {

    private final FreezePolicy policy;
    private final FreezeTimeline timeline;

    public FreezeGate(ContextAnalyzer analyzer, FreezePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.timeline = new FreezeTimeline(Objects.requireNonNull(analyzer, "analyzer"), policy);
    }

    public FreezePolicy policy() {
        return policy;
    }

    public FreezeDecision decide(FreezeQuery q, FreezeFacts facts) {
        List<String> reasons = new ArrayList<>();
        facts.staleness().ifPresent(s -> reasons.add("calendar is stale (" + s
                + "); only home-zone Saturdays and the weddings last read are known"));
        if (policy.exemptServices().contains(q.service())) {
            reasons.add("service " + q.service() + " is exempt from the freeze");
            return allowed(q, reasons, false, facts);
        }
        if (!policy.gatedEnvironments().contains(q.environment())) {
            if (policy.ungatedAllowed()) {
                reasons.add("environment " + q.environment() + " is not gated by the freeze policy; ungated"
                        + " environments are allowed");
                return allowed(q, reasons, false, facts);
            }
            reasons.add("environment " + q.environment() + " is not gated by the freeze policy and ungated"
                    + " environments are refused");
            return frozen(q, reasons, Optional.empty(), Optional.empty(), false, facts);
        }
        if (facts.emergency().isPresent()) {
            reasons.add("emergency declared: " + facts.emergency().get() + "; frozen until it is lifted");
            return frozen(q, reasons, Optional.empty(), Optional.empty(), true, facts);
        }
        Instant horizon = q.at().plus(policy.lookahead());
        List<FreezePeriod> periods = timeline.periods(facts.calendar(), q.at(), horizon);
        boolean frozenNow = !periods.isEmpty() && periods.get(0).start().equals(q.at());
        if (!frozenNow) {
            Optional<Instant> next = periods.stream().findFirst().map(FreezePeriod::start);
            return new FreezeDecision(q, false, reasons, Optional.empty(), next, Optional.empty(), true,
                    facts.staleness().isPresent());
        }
        FreezePeriod now = periods.get(0);
        reasons.addAll(now.reasons());
        Optional<Instant> until = now.end().equals(horizon) ? Optional.empty() : Optional.of(now.end());
        if (until.isEmpty()) {
            reasons.add("the freeze lasts beyond the " + policy.lookahead().toDays() + "-day lookahead");
        }
        Optional<Instant> next = periods.size() > 1 ? Optional.of(periods.get(1).start()) : Optional.empty();
        return frozen(q, reasons, until, next, true, facts);
    }

    private static FreezeDecision allowed(FreezeQuery q, List<String> reasons, boolean gated, FreezeFacts facts) {
        return new FreezeDecision(q, false, reasons, Optional.empty(), Optional.empty(), Optional.empty(), gated,
                facts.staleness().isPresent());
    }

    private static FreezeDecision frozen(FreezeQuery q, List<String> reasons, Optional<Instant> until,
                                         Optional<Instant> next, boolean gated, FreezeFacts facts) {
        Optional<DeployOverride> used = facts.overrides().stream().filter(o -> o.covers(q)).findFirst();
        used.ifPresent(o -> reasons.add("break-glass: " + o + " lets this deploy through"));
        return new FreezeDecision(q, used.isEmpty(), reasons, until, next, used, gated,
                facts.staleness().isPresent());
    }
}
