package com.wedsync.guardian.scaling;

import com.wedsync.guardian.fleet.FleetLimit;
import com.wedsync.guardian.fleet.FleetLimits;
import com.wedsync.guardian.forecast.Forecast;
import com.wedsync.guardian.pool.PoolResizer.ResizeException;
import com.wedsync.guardian.pool.PoolSize;
import com.wedsync.guardian.pool.PoolSnapshot;
import com.wedsync.guardian.server.ServerView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Sizes pools, one tick at a time: plan, check, apply through the {@link com.wedsync.guardian.pool.PoolResizer},
 * drain a shrink until the total has fallen, verify after a warm-up, roll back a change that made
 * things worse. Every decision but "nothing to change" goes to the audit log and the log.
 * Thread-safe: the scheduler ticks while the HTTP API reads status and grants overrides.
 */
public final class ScalingEngine {

    private static final Logger LOG = LoggerFactory.getLogger(ScalingEngine.class);

    private final Clock clock;
    private final AuditLog audit;
    private final Overrides overrides;
    private final Map<String, PoolState> pools = new LinkedHashMap<>();
    private final ChangeRunner runner;
    private volatile FleetLimits fleet = FleetLimits.NONE;

    public ScalingEngine(Clock clock, AuditLog audit, Overrides overrides) {
        this.clock = clock;
        this.audit = audit;
        this.overrides = overrides;
        this.runner = new ChangeRunner(this::record);
    }

    public synchronized void register(ManagedPool pool) {
        if (pools.putIfAbsent(pool.name(), new PoolState(pool)) != null) {
            throw new IllegalArgumentException("pool " + pool.name() + " is already registered");
        }
    }

    /** Bounds every pool by its fleet reservation from now on (issue 12); {@link FleetLimits#NONE} runs alone. */
    public void fleet(FleetLimits limits) {
        this.fleet = Objects.requireNonNull(limits, "fleet limits");
    }

    /**
     * Each pool's holding: the largest maximum it may return to without a new grant (its size, or the size before a
     * shrink still being verified, which a rollback restores). The fleet keeps that much reserved for it.
     */
    public synchronized Map<String, Integer> holding() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (PoolState st : pools.values()) {
            if (st.current != null) {
                out.put(st.pool.name(), ChangeRunner.holding(st, st.current.max()));
            }
        }
        return out;
    }

    /** Each pool's wanted maximum: the planner's latest desired size, else the size it has. */
    public synchronized Map<String, Integer> wanted() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (PoolState st : pools.values()) {
            Integer w = st.wanted != null ? st.wanted : st.current == null ? null : st.current.max();
            if (w != null) {
                out.put(st.pool.name(), w);
            }
        }
        return out;
    }

    public synchronized void setMode(String pool, ScalingMode mode) {
        state(pool).mode = mode;
    }

    /**
     * Grants an override (already validated by its constructor) once its audit entry is written, and logs it.
     *
     * @throws AuditLog.WriteFailed when the entry cannot be written: then the override is not granted
     */
    public EmergencyOverride grant(EmergencyOverride o) {
        AuditEntry entry = AuditEntry.of(o);
        audit.append(entry);
        overrides.add(o);
        LOG.warn("scaling override granted: {}", AuditLines.line(entry));
        return o;
    }

    public List<EmergencyOverride> activeOverrides() {
        return overrides.active(clock.instant());
    }

    /** One tick for every registered pool; returns each pool's decision. */
    public synchronized List<Decision> tick(TickInput in) {
        List<Decision> out = new ArrayList<>();
        for (PoolState st : pools.values()) {
            PoolSnapshot snap = in.snapshots().get(st.pool.name());
            if (snap == null) {
                continue;
            }
            Forecast f = in.forecasts().get(st.pool.name());
            st.forecast = f == null ? List.of() : f.points();
            out.add(step(st, snap, in));
        }
        return out;
    }

    /**
     * A manual resize (the API's {@code POST /api/pools/{name}/resize}): the same checks, override rules and
     * verification. Who asked, why and for what is written to the audit log first.
     *
     * @throws AuditLog.WriteFailed when that entry cannot be written: then nothing is checked or changed
     */
    public synchronized Decision requestResize(String pool, PoolSize to, String actor, String reason, TickInput in) {
        PoolState st = state(pool);
        PoolSnapshot snap = in.snapshots().get(pool);
        audit.append(AuditEntry.resizeRequested(pool, in.at(), actor, current(st, snap), to, reason));
        if (snap == null || !snap.reachable()) {
            return record(st, decision(st, in.at(), current(st, snap), to, Outcome.FAILED,
                    "manual resize by " + actor + " (" + reason + "): the pool cannot be read now", List.of(), "").by(actor));
        }
        return runner.change(st, snap, Move.wanted(current(st, snap), to, Why.of("manual resize by " + actor + " (" + reason + ")"),
                actor), new Step(in, budget(st, in), overrides));
    }

    public synchronized List<PoolStatus> status() {
        return pools.values().stream().map(PoolState::status).toList();
    }

    private Decision step(PoolState st, PoolSnapshot snap, TickInput in) {
        PoolSize current = current(st, snap);
        st.current = current;
        if (st.mode == ScalingMode.OBSERVE) {
            return decision(st, in.at(), current, current, Outcome.NONE, "observe mode: no decisions", List.of(), "");
        }
        Optional<FleetLimit> limit = fleet.limit(st.pool.name());
        if (!st.lifecycle.idle() && current != null && ChangeRunner.verifying(st) && st.mode == ScalingMode.ENFORCE
                && FleetShare.mustGiveBack(current, limit, st.pool.policy())
                && (!in.context().protectedWindow() || limit.get().contended())) {
            // Giving back to the fleet comes first: the others grow only into what this pool gives. Inside a protected
            // window only a give-back the others wait for goes ahead: the verification is not cut short for one that waits.
            runner.cutShort(st, in.at(), "the fleet's share fell to " + limit.get().share() + " (max " + current.max() + ")");
        }
        if (!st.lifecycle.idle()) {
            // A change in flight (the engine's in enforce mode, or a manual one) is followed to its end in any mode but observe.
            return runner.follow(st, snap, new Step(in, budget(st, in), overrides));
        }
        if (current == null) {
            return decision(st, in.at(), st.target == null ? new PoolSize(1, 0) : st.target, st.target == null ? new PoolSize(1, 0) : st.target,
                    Outcome.NONE, "pool size unknown: " + snap.cause(), List.of(), "");
        }
        Plan plan = Planner.plan(st.pool.policy(), current, snap, st.forecast, in.at(), st.window);
        st.wanted = plan.desired().max();
        plan = FleetShare.apply(plan, limit, st.pool.policy());
        st.window = plan.window();
        st.target = plan.target();
        if (plan.direction() == Direction.NONE) {
            return decision(st, in.at(), current, current, Outcome.NONE, plan.reason(), List.of(), "");
        }
        if (st.mode == ScalingMode.RECOMMEND) {
            return runner.recommend(st, current, plan, new Step(in, budget(st, in), overrides));
        }
        Move move = FleetShare.givesBack(plan, limit, st.pool.policy()) ? Move.giveBack(current, plan.target(), Why.of(plan))
                : Move.wanted(current, plan.target(), Why.of(plan), AuditEntry.ENGINE);
        return runner.change(st, snap, move, new Step(in, budget(st, in), overrides));
    }

    private static PoolSize current(PoolState st, PoolSnapshot snap) {
        if (snap != null && snap.reachable() && snap.max() >= 1) {
            return new PoolSize(snap.max(), Math.min(snap.minIdle(), snap.max()));
        }
        try {
            return st.pool.resizer().current();
        } catch (ResizeException | RuntimeException e) {
            return st.current;
        }
    }

    /** This pool's budget on its database: everyone else's connections and this instance's other pools' maxima. */
    private DatabaseBudget budget(PoolState st, TickInput in) {
        String db = st.pool.database();
        ServerView view = in.servers().getOrDefault(db, ServerView.unavailable(db, in.at(), "no server view for database " + db));
        int ownOpen = 0;
        int otherMax = 0;
        for (PoolState other : pools.values()) {
            if (!other.pool.database().equals(db)) {
                continue;
            }
            PoolSnapshot s = in.snapshots().get(other.pool.name());
            if (s != null && s.reachable()) {
                ownOpen += s.total();
            }
            if (other != st) {
                otherMax += s != null && s.reachable() ? s.max() : other.current == null ? 0 : other.current.max();
            }
        }
        return DatabaseBudget.of(view, st.pool.policy().headroomMargin(), ownOpen, otherMax).withFleet(fleet.limit(st.pool.name()));
    }

    static Decision decision(PoolState st, Instant at, PoolSize from, PoolSize to, Outcome outcome, String reason,
                             List<SafetyVerdict> verdicts, String overrideId) {
        return new Decision(st.pool.name(), at, st.mode, Direction.of(from, to), from, to, outcome, reason, verdicts, overrideId);
    }

    /** Keeps the decision as the pool's last, and audits and logs it unless it repeats the previous one. */
    private Decision record(PoolState st, Decision d) {
        if (!d.auditable()) {
            return d;
        }
        st.lastDecision = d;
        // A block or a recommendation that persists is audited once, not every tick, whatever the target of the moment.
        String key = d.outcome() + "|" + d.from() + "|" + d.direction() + "|" + d.verdicts().stream()
                .filter(v -> !v.allowed()).map(SafetyVerdict::check).findFirst().orElse("");
        boolean repeat = key.equals(st.lastAuditKey) && (d.outcome() == Outcome.BLOCKED || d.outcome() == Outcome.RECOMMENDED
                || d.outcome() == Outcome.DRAINING);
        st.lastAuditKey = key;
        if (repeat) {
            return d;
        }
        AuditEntry entry = AuditEntry.of(d);
        audit.append(entry);
        switch (d.outcome()) {
            case BLOCKED, FAILED, ROLLED_BACK, INCONCLUSIVE -> LOG.warn("scaling: {}", AuditLines.line(entry));
            default -> LOG.info("scaling: {}", AuditLines.line(entry));
        }
        return d;
    }

    private PoolState state(String pool) {
        PoolState st = pools.get(pool);
        if (st == null) {
            throw new IllegalArgumentException("no pool named " + pool + " is managed by the scaling engine");
        }
        return st;
    }

    Optional<PoolState> find(String pool) {
        return Optional.ofNullable(pools.get(pool));
    }

    Instant now() {
        return clock.instant();
    }
}
