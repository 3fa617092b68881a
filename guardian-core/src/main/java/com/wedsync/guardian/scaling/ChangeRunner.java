package com.wedsync.guardian.scaling;

import com.wedsync.guardian.pool.PoolResizer;
import com.wedsync.guardian.pool.PoolResizer.ResizeException;
import com.wedsync.guardian.pool.PoolSize;
import com.wedsync.guardian.pool.PoolSnapshot;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import static com.wedsync.guardian.scaling.ScalingEngine.decision;

/** Carries changes out for the engine: checks, applies, drains, verifies, rolls back. Called under the engine's lock. */
final class ChangeRunner {

    private final BiFunction<PoolState, Decision, Decision> record;

    ChangeRunner(BiFunction<PoolState, Decision, Decision> record) {
        this.record = record;
    }

    /** Recommend mode: the same checks, reported and audited as not applied. */
    Decision recommend(PoolState st, PoolSize current, Plan plan, TickInput in, DatabaseBudget budget, Overrides overrides) {
        Clipped c = clip(current, plan.target(), budget, st.pool.policy());
        List<SafetyVerdict> v = checks(st, current, c.size, in, budget, overrides, false);
        Optional<SafetyVerdict> block = SafetyChecks.firstBlock(v);
        if (block.isPresent()) {
            return record.apply(st, decision(st, in.at(), current, c.size, Outcome.BLOCKED, block.get().reason() + "; plan: "
                    + plan.reason() + c.note, v, ""));
        }
        return record.apply(st, decision(st, in.at(), current, c.size, Outcome.RECOMMENDED, "not applied (recommend mode): "
                + plan.reason() + c.note, v, overrideId(st, current, c.size, in, overrides)));
    }

    /** Checks and applies a change; a shrink then drains, and either is verified after its warm-up. */
    Decision change(PoolState st, PoolSnapshot snap, PoolSize from, PoolSize to, String reason, TickInput in,
                    DatabaseBudget budget, Overrides overrides, boolean rollback) {
        return change(st, snap, from, to, reason, in, budget, overrides, rollback, AuditEntry.ENGINE);
    }

    /** {@link #change} asked for by {@code actor}: the person behind a manual resize is the one audited. */
    Decision change(PoolState st, PoolSnapshot snap, PoolSize from, PoolSize to, String reason, TickInput in,
                    DatabaseBudget budget, Overrides overrides, boolean rollback, String actor) {
        Clipped c = rollback ? new Clipped(to, "") : clip(from, to, budget, st.pool.policy());
        List<SafetyVerdict> v = checks(st, from, c.size, in, budget, overrides, rollback);
        Optional<SafetyVerdict> block = SafetyChecks.firstBlock(v);
        String ov = overrideId(st, from, c.size, in, overrides);
        if (block.isPresent()) {
            return record.apply(st, decision(st, in.at(), from, c.size, Outcome.BLOCKED,
                    (rollback ? "rollback blocked: " : "") + block.get().reason() + "; wanted because " + reason + c.note, v, ov).by(actor));
        }
        Direction d = Direction.of(from, c.size);
        if (d == Direction.GROW && c.size.max() > from.max() && budget.fleet().isPresent()
                && !budget.fleet().get().confirm(c.size.max())) {
            return record.apply(st, decision(st, in.at(), from, c.size, Outcome.BLOCKED, "growth to max " + c.size.max()
                    + " not applied: the fleet grant behind it no longer stands (lease lapsed or reservation lowered); wanted because "
                    + reason, v, ov).by(actor));
        }
        PoolResizer r = st.pool.resizer();
        try {
            r.resize(c.size);
            if (d == Direction.SHRINK) {
                r.softEvictIdle();
            }
        } catch (ResizeException | RuntimeException e) {
            return failed(st, snap, from, c.size, reason, e, in, budget, overrides, rollback, actor);
        }
        st.lastChangeAt = in.at();
        st.current = c.size;
        PoolState.Change change = new PoolState.Change(d, from, c.size, snap, rollback);
        change.draining = d == Direction.SHRINK;
        change.verifyFrom = in.at().plus(st.pool.policy().verification().warmUp());
        st.change = change;
        return record.apply(st, decision(st, in.at(), from, c.size, rollback ? Outcome.ROLLED_BACK : Outcome.APPLIED,
                reason + c.note, v, ov).by(actor));
    }

    /** Follows a change in flight: drain a shrink, then sample after the warm-up, then judge. */
    Decision follow(PoolState st, PoolSnapshot snap, TickInput in, DatabaseBudget budget, Overrides overrides) {
        PoolState.Change c = st.change;
        VerificationPolicy vp = st.pool.policy().verification();
        if (c.draining) {
            if (snap.reachable() && snap.total() <= c.applied.max()) {
                c.draining = false;
                c.verifyFrom = in.at().plus(vp.warmUp());
                if (c.rollback) {
                    st.change = null;
                }
                return decision(st, in.at(), c.applied, c.applied, Outcome.NONE, "shrink in place: total " + snap.total()
                        + " <= max " + c.applied.max(), List.of(), "");
            }
            if (snap.reachable()) {
                try {
                    st.pool.resizer().softEvictIdle();
                } catch (ResizeException | RuntimeException e) {
                    st.change = null;
                    return failed(st, snap, c.applied, c.applied, "draining " + c.previous + " -> " + c.applied, e, in, budget,
                            overrides, c.rollback, AuditEntry.ENGINE);
                }
                return record.apply(st, decision(st, in.at(), c.previous, c.applied, Outcome.DRAINING, "total " + snap.total()
                        + " still above max " + c.applied.max() + ": idle connections evicted again", List.of(), ""));
            }
        }
        if (c.rollback) {
            st.change = null;
            return decision(st, in.at(), c.applied, c.applied, Outcome.NONE, "rollback in place", List.of(), "");
        }
        if (snap.reachable() && in.at().isBefore(c.verifyFrom)) {
            return decision(st, in.at(), c.applied, c.applied, Outcome.NONE, "warming up until " + c.verifyFrom, List.of(), "");
        }
        c.samples.add(snap);
        if (snap.reachable() && c.samples.size() < vp.samples()) {
            return decision(st, in.at(), c.applied, c.applied, Outcome.NONE, "verification sample " + c.samples.size() + " of "
                    + vp.samples(), List.of(), "");
        }
        Verification.Judgement j = snap.reachable() ? Verification.judge(vp, c.baseline, c.samples)
                : new Verification.Judgement(Verification.Result.FAILED, Verification.failure(vp, c.baseline, snap));
        st.change = null;
        String what = c.direction.name().toLowerCase(java.util.Locale.ROOT) + " " + c.previous + " -> " + c.applied;
        return switch (j.result()) {
            case PASSED -> record.apply(st, decision(st, in.at(), c.previous, c.applied, Outcome.VERIFIED, what + " kept: " + j.reason(),
                    List.of(), ""));
            case INCONCLUSIVE -> record.apply(st, decision(st, in.at(), c.previous, c.applied, Outcome.INCONCLUSIVE, what + ": "
                    + j.reason(), List.of(), ""));
            case FAILED -> change(st, c.baseline, c.applied, c.previous, what + " made things worse (" + j.reason()
                    + "): rolling back to the recorded previous size", in, budget, overrides, true);
        };
    }

    /** A change the pool refused: recorded as failed with its cause, then rolled back to what was there. */
    private Decision failed(PoolState st, PoolSnapshot snap, PoolSize from, PoolSize to, String reason, Exception e,
                            TickInput in, DatabaseBudget budget, Overrides overrides, boolean rollback, String actor) {
        String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        st.change = null;
        record.apply(st, decision(st, in.at(), from, to, Outcome.FAILED, (rollback ? "rollback " : "") + from + " -> " + to
                + " failed: " + cause + " (wanted because " + reason + ")", List.of(), "").by(actor));
        PoolSize actual;
        try {
            actual = st.pool.resizer().current();
        } catch (ResizeException | RuntimeException again) {
            String why = again.getMessage() == null ? again.getClass().getSimpleName() : again.getMessage();
            return record.apply(st, decision(st, in.at(), from, from, Outcome.FAILED, "cannot read the pool to roll back: " + why,
                    List.of(), ""));
        }
        st.current = actual;
        if (rollback || actual.equals(from)) {
            return st.lastDecision;
        }
        return change(st, snap, actual, from, "rolling back to " + from + " after a failed change", in, budget, overrides, true);
    }

    private static List<SafetyVerdict> checks(PoolState st, PoolSize from, PoolSize to, TickInput in, DatabaseBudget budget,
                                              Overrides overrides, boolean rollback) {
        Optional<EmergencyOverride> o = overrides.covering(st.pool.name(), Direction.of(from, to), in.at());
        return SafetyChecks.all(st.pool.name(), from, to, in.context(), o, budget, st.pool.policy(), st.lastChangeAt, in.at(), rollback);
    }

    /** The override a change inside a protected window needs and has: a shrink's, or a release's where the policy blocks releases. */
    private static String overrideId(PoolState st, PoolSize from, PoolSize to, TickInput in, Overrides overrides) {
        Direction d = Direction.of(from, to);
        boolean needsOne = d == Direction.SHRINK || (d == Direction.RELEASE && !st.pool.policy().releaseInProtectedWindow());
        if (!in.context().protectedWindow() || !needsOne) {
            return "";
        }
        return overrides.covering(st.pool.name(), d, in.at()).map(EmergencyOverride::id).orElse("");
    }

    private record Clipped(PoolSize size, String note) {
    }

    /** Growth is cut down to the saturation ceiling and the database budget when some growth still fits. */
    private static Clipped clip(PoolSize from, PoolSize to, DatabaseBudget budget, ScalingPolicy policy) {
        if (to.max() <= from.max()) {
            return new Clipped(to, "");
        }
        int limit = policy.saturationCeiling();
        String by = "the saturation ceiling";
        if (budget.available() && budget.allowance() < limit) {
            limit = budget.allowance();
            by = budget.fleetBinds() ? "the fleet's reservation (" + budget.fleet().get().reason() + ")" : "the database budget";
        }
        if (to.max() <= limit || limit <= from.max()) {
            return new Clipped(to, "");
        }
        return new Clipped(new PoolSize(limit, Math.min(to.minIdle(), limit)), "; clipped to max " + limit + " by " + by);
    }
}
