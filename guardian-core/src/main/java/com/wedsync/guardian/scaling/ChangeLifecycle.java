package com.wedsync.guardian.scaling;

import com.wedsync.guardian.scaling.ChangeState.Applied;
import com.wedsync.guardian.scaling.ChangeState.Draining;
import com.wedsync.guardian.scaling.ChangeState.Idle;
import com.wedsync.guardian.scaling.ChangeState.RollingBack;
import com.wedsync.guardian.scaling.ChangeState.Verifying;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One pool's change lifecycle: its {@link ChangeState} and the moves allowed between states, all listed here.
 * A judged change, or one the pool refused, ends in {@link Idle}; a rollback is then a change of its own.
 */
final class ChangeLifecycle {

    /** From each state, the states it may move to. */
    static final Map<Class<? extends ChangeState>, Set<Class<? extends ChangeState>>> LEGAL = Map.of(
            // a grow or release is applied and warms up; a shrink drains first; a refused change's previous size is restored
            Idle.class, Set.of(Applied.class, Draining.class, RollingBack.class),
            // the warm-up ends with the first sample, or (one sample wanted) with the verdict
            Applied.class, Set.of(Verifying.class, Idle.class),
            // drained: the warm-up starts; eviction failed, or the pool went unreachable and the change is judged
            Draining.class, Set.of(Applied.class, Idle.class),
            // another sample, or the verdict
            Verifying.class, Set.of(Verifying.class, Idle.class),
            // in place (or drained), or eviction failed
            RollingBack.class, Set.of(Idle.class));

    private ChangeState state = new Idle();

    ChangeState state() {
        return state;
    }

    boolean idle() {
        return state instanceof Idle;
    }

    /** Moves to {@code next}, or refuses a move the table does not list. */
    void move(ChangeState next) {
        Objects.requireNonNull(next, "next");
        if (!LEGAL.get(state.getClass()).contains(next.getClass())) {
            throw new IllegalStateException("a change cannot move from " + state.getClass().getSimpleName() + " to "
                    + next.getClass().getSimpleName());
        }
        state = next;
    }

    /** Ends whatever is in flight (judged, refused or done). */
    void end() {
        if (!idle()) {
            move(new Idle());
        }
    }
}
