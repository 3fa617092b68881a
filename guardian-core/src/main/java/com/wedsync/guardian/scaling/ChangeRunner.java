package com.wedsync.guardian.scaling;

import com.wedsync.guardian.pool.PoolResizer;
import com.wedsync.guardian.pool.PoolResizer.ResizeException;
import com.wedsync.guardian.pool.PoolSize;
import com.wedsync.guardian.pool.PoolSnapshot;

import java.time.Instant;
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
    Decision recommend(PoolState st, PoolSize current, Plan plan, Step s) {
        TickInput in = s.in();
        DatabaseBudget budget = s.budget();
        Overrides overrides = s.overrides();
        Clipped c = clip(current, plan.target(), budget, st.pool.policy());
        List<SafetyVerdict> v = checks(st, current, c.size, in, budget, overrides, false,
                FleetShare.givesBack(plan, budget.fleet(), st.pool.policy()));
        Optional<SafetyVerdict> block = SafetyChecks.firstBlock(v);
        if (block.isPresent()) {
            return record.apply(st, decision(st, in.at(), current, c.size, Outcome.BLOCKED, block.get().reason() + "; plan: "
                    + plan.reason() + c.note, v, "").because(block.get().gist()));
        }
        return record.apply(st, decision(st, in.at(), current, c.size, Outcome.RECOMMENDED, "not applied (recommend mode): "
                + plan.reason() + c.note, v, overrideId(st, current, c.size, in, overrides)).because(plan.gist()));
    }

    /**
     * Checks and applies a change; a shrink then drains, and either is verified after its warm-up. A change applied
     * while another is in flight (an operator's resize) replaces it.
     */
    Decision change(PoolState st, PoolSnapshot snap, Move m, Step s) {
        TickInput in = s.in();
        String reason = m.why().reason();
        Clipped c = m.rollback() ? new Clipped(m.to(), "") : clip(m.from(), m.to(), s.budget(), st.pool.policy());
        List<SafetyVerdict> v = checks(st, m.from(), c.size, in, s.budget(), s.overrides(), m.urgent(), m.giveBack());
        Optional<SafetyVerdict> block = SafetyChecks.firstBlock(v);
        String ov = overrideId(st, m.from(), c.size, in, s.overrides());
        String rollbackBlocked = m.rollback() ? "rollback blocked: " : "";
        if (block.isPresent()) {
            return record.apply(st, decision(st, in.at(), m.from(), c.size, Outcome.BLOCKED, rollbackBlocked
                    + block.get().reason() + "; wanted because " + reason + c.note, v, ov).by(m.actor())
                    .because(rollbackBlocked + block.get().gist()));
        }
        Direction d = Direction.of(m.from(), c.size);
        if (d == Direction.GROW && c.size.max() > m.from().max() && s.budget().fleet().isPresent()
                && !s.budget().fleet().get().confirm(c.size.max())) {
            String gist = "the fleet grant behind it no longer stands";
            return record.apply(st, decision(st, in.at(), m.from(), c.size, Outcome.BLOCKED, "growth to max " + c.size.max()
                    + " not applied: " + gist + " (lease lapsed or reservation lowered); wanted because " + reason, v, ov)
                    .by(m.actor()).because(gist));
        }
        PoolResizer r = st.pool.resizer();
        try {
            r.resize(c.size);
            if (d == Direction.SHRINK) {
                r.softEvictIdle();
            }
        } catch (ResizeException | RuntimeException e) {
            return failed(st, snap, new Move(m.from(), c.size, m.why(), m.actor(), m.rollback(), m.giveBack()), e, s);
        }
        st.lastChangeAt = in.at();
        st.current = c.size;
        ChangeState.Change change = new ChangeState.Change(d, m.from(), c.size, snap, m.giveBack());
        Instant verifyFrom = in.at().plus(st.pool.policy().verification().warmUp());
        st.lifecycle.end();
        st.lifecycle.move(m.rollback() ? new ChangeState.RollingBack(change, d == Direction.SHRINK, verifyFrom)
                : d == Direction.SHRINK ? new ChangeState.Draining(change, verifyFrom) : new ChangeState.Applied(change, verifyFrom));
        Optional<SafetyVerdict> window = inProtectedWindow(m, in, v);
        return record.apply(st, decision(st, in.at(), m.from(), c.size, m.rollback() ? Outcome.ROLLED_BACK : Outcome.APPLIED,
                reason + c.note + window.map(w -> "; " + w.reason()).orElse(""), v, ov).by(m.actor())
                .because(window.map(SafetyVerdict::gist).orElse(m.why().gist())));
    }

    /** The protected window's word on a give-back it let through: the audit says why it went ahead there. */
    private static Optional<SafetyVerdict> inProtectedWindow(Move m, TickInput in, List<SafetyVerdict> v) {
        if (!m.giveBack() || !in.context().protectedWindow()) {
            return Optional.empty();
        }
        return v.stream().filter(x -> x.check().equals(SafetyChecks.PROTECTED_WINDOW)).findFirst();
    }

    /** Follows a change in flight: drain a shrink, then sample after the warm-up, then judge. */
    Decision follow(PoolState st, PoolSnapshot snap, Step s) {
        ChangeState state = st.lifecycle.state();
        if (state instanceof ChangeState.RollingBack rb) {
            return rollingBack(st, snap, rb, s);
        }
        if (state instanceof ChangeState.Draining dr) {
            return draining(st, snap, dr, s);
        }
        if (state instanceof ChangeState.Applied ap) {
            if (snap.reachable() && s.in().at().isBefore(ap.verifyFrom())) {
                return decision(st, s.in().at(), ap.change().applied(), ap.change().applied(), Outcome.NONE,
                        "warming up until " + ap.verifyFrom(), List.of(), "");
            }
            return verify(st, snap, new ChangeState.Verifying(ap.change(), ap.verifyFrom(), List.of()), s);
        }
        if (state instanceof ChangeState.Verifying ver) {
            return verify(st, snap, ver, s);
        }
        throw new IllegalStateException("no change in flight for pool " + st.pool.name());
    }

    /**
     * Ends the verification of a change in flight without a verdict, because the fleet's share fell below the pool's
     * size: giving back comes before anything else (the others may grow only into what it gives). Audited.
     */
    Decision cutShort(PoolState st, Instant now, String why) {
        ChangeState state = st.lifecycle.state();
        ChangeState.Change c = state instanceof ChangeState.Applied ap ? ap.change() : ((ChangeState.Verifying) state).change();
        st.lifecycle.end();
        return record.apply(st, decision(st, now, c.previous(), c.applied(), Outcome.INCONCLUSIVE, c.what()
                + ": verification cut short, " + why, List.of(), "").because("verification cut short: " + why));
    }

    /** True while a change is warming up or being sampled (not draining nor rolling back): what {@link #cutShort} ends. */
    static boolean verifying(PoolState st) {
        return st.lifecycle.state() instanceof ChangeState.Applied || st.lifecycle.state() instanceof ChangeState.Verifying;
    }

    /** The size before an in-flight shrink a rollback could restore; {@code current} otherwise. */
    static int holding(PoolState st, int current) {
        ChangeState state = st.lifecycle.state();
        ChangeState.Change c = state instanceof ChangeState.Applied ap ? ap.change()
                : state instanceof ChangeState.Draining dr ? dr.change()
                : state instanceof ChangeState.Verifying ver ? ver.change() : null;
        return c != null && c.direction() == Direction.SHRINK && !c.giveBack() ? Math.max(current, c.previous().max()) : current;
    }

    /** A shrink warms up once the total has fallen to its maximum; idle connections are evicted until then. */
    private Decision draining(PoolState st, PoolSnapshot snap, ChangeState.Draining dr, Step s) {
        ChangeState.Change c = dr.change();
        if (!snap.reachable()) {
            // A pool that cannot be read while it drains is judged at once (and fails).
            return verify(st, snap, new ChangeState.Verifying(c, dr.verifyFrom(), List.of()), s);
        }
        if (snap.total() <= c.applied().max()) {
            st.lifecycle.move(new ChangeState.Applied(c, s.in().at().plus(st.pool.policy().verification().warmUp())));
            return shrinkInPlace(st, snap, c, s.in().at());
        }
        return evictAgain(st, snap, c, false, s);
    }

    /** A rollback ends at the next tick; a restoring shrink once it has drained (or when the pool cannot be read). */
    private Decision rollingBack(PoolState st, PoolSnapshot snap, ChangeState.RollingBack rb, Step s) {
        ChangeState.Change c = rb.change();
        if (rb.draining() && snap.reachable()) {
            if (snap.total() > c.applied().max()) {
                return evictAgain(st, snap, c, true, s);
            }
            st.lifecycle.end();
            return shrinkInPlace(st, snap, c, s.in().at());
        }
        st.lifecycle.end();
        return decision(st, s.in().at(), c.applied(), c.applied(), Outcome.NONE, "rollback in place", List.of(), "");
    }

    private static Decision shrinkInPlace(PoolState st, PoolSnapshot snap, ChangeState.Change c, Instant now) {
        return decision(st, now, c.applied(), c.applied(), Outcome.NONE, "shrink in place: total " + snap.total()
                + " <= max " + c.applied().max(), List.of(), "");
    }

    private Decision evictAgain(PoolState st, PoolSnapshot snap, ChangeState.Change c, boolean rollback, Step s) {
        try {
            st.pool.resizer().softEvictIdle();
        } catch (ResizeException | RuntimeException e) {
            st.lifecycle.end();
            return failed(st, snap, new Move(c.applied(), c.applied(), Why.of("draining " + c.previous() + " -> " + c.applied()),
                    AuditEntry.ENGINE, rollback, c.giveBack()), e, s);
        }
        return record.apply(st, decision(st, s.in().at(), c.previous(), c.applied(), Outcome.DRAINING, "total " + snap.total()
                + " still above max " + c.applied().max() + ": idle connections evicted again", List.of(), ""));
    }

    /** Adds this tick's sample; with enough of them (or an unreachable pool) judges the change. */
    private Decision verify(PoolState st, PoolSnapshot snap, ChangeState.Verifying before, Step s) {
        VerificationPolicy vp = st.pool.policy().verification();
        Instant now = s.in().at();
        ChangeState.Verifying ver = before.with(snap);
        ChangeState.Change c = ver.change();
        if (snap.reachable() && ver.samples().size() < vp.samples()) {
            st.lifecycle.move(ver);
            return decision(st, now, c.applied(), c.applied(), Outcome.NONE, "verification sample " + ver.samples().size() + " of "
                    + vp.samples(), List.of(), "");
        }
        Verification.Judgement j = snap.reachable() ? Verification.judge(vp, c.baseline(), ver.samples())
                : new Verification.Judgement(Verification.Result.FAILED, Verification.failure(vp, c.baseline(), snap));
        st.lifecycle.end();
        String what = c.what();
        return switch (j.result()) {
            case PASSED -> record.apply(st, decision(st, now, c.previous(), c.applied(), Outcome.VERIFIED, what + " kept: " + j.reason(),
                    List.of(), "").because(j.reason()));
            case INCONCLUSIVE -> record.apply(st, decision(st, now, c.previous(), c.applied(), Outcome.INCONCLUSIVE, what + ": "
                    + j.reason(), List.of(), "").because(j.reason()));
            case FAILED -> c.giveBack()
                    // the connections it gave back are the fleet's now: a rollback would take them from the pools they went to
                    ? record.apply(st, decision(st, now, c.previous(), c.applied(), Outcome.INCONCLUSIVE, what + " kept though "
                    + j.reason() + ": it gave back to the fleet's share, which a rollback would take again", List.of(), "")
                    .because("kept for the fleet's share: " + j.reason()))
                    : change(st, c.baseline(), Move.rollback(c.applied(), c.previous(), new Why(what + " made things worse ("
                    + j.reason() + "): rolling back to the recorded previous size", j.reason())), s);
        };
    }

    /** A change the pool refused: recorded as failed with its cause, then rolled back to what was there. */
    private Decision failed(PoolState st, PoolSnapshot snap, Move m, Exception e, Step s) {
        Instant now = s.in().at();
        String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        st.lifecycle.end();
        record.apply(st, decision(st, now, m.from(), m.to(), Outcome.FAILED, (m.rollback() ? "rollback " : "") + m.from() + " -> "
                + m.to() + " failed: " + cause + " (wanted because " + m.why().reason() + ")", List.of(), "").by(m.actor()));
        PoolSize actual;
        try {
            actual = st.pool.resizer().current();
        } catch (ResizeException | RuntimeException again) {
            String why = again.getMessage() == null ? again.getClass().getSimpleName() : again.getMessage();
            return record.apply(st, decision(st, now, m.from(), m.from(), Outcome.FAILED, "cannot read the pool to roll back: " + why,
                    List.of(), ""));
        }
        st.current = actual;
        if (m.rollback() || actual.equals(m.from())) {
            return st.lastDecision;
        }
        return change(st, snap, Move.rollback(actual, m.from(), Why.of("rolling back to " + m.from() + " after a failed change")), s);
    }

    private static List<SafetyVerdict> checks(PoolState st, PoolSize from, PoolSize to, TickInput in, DatabaseBudget budget,
                                              Overrides overrides, boolean rollback, boolean giveBack) {
        Optional<EmergencyOverride> o = overrides.covering(st.pool.name(), Direction.of(from, to), in.at());
        return SafetyChecks.all(st.pool.name(), from, to, in.context(), o, budget, st.pool.policy(), st.lastChangeAt, in.at(),
                rollback, giveBack);
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
