package com.wedsync.guardian.scaling;

import com.wedsync.guardian.pool.PoolSize;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every pair of states: the moves the table lists are made, every other one is refused and leaves the state as it was. */
class ChangeLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-06-13T14:00:00Z");
    private static final ChangeState.Change SHRINK = new ChangeState.Change(Direction.SHRINK, new PoolSize(40, 10),
            new PoolSize(20, 5), Snapshots.of(T0, 5, 5, 40, 10, 0, 0));

    /** One of each state. */
    private static final List<ChangeState> STATES = List.of(
            new ChangeState.Idle(),
            new ChangeState.Applied(SHRINK, T0),
            new ChangeState.Draining(SHRINK, T0),
            new ChangeState.Verifying(SHRINK, T0, List.of(Snapshots.of(T0, 5, 5, 40, 10, 0, 0))),
            new ChangeState.RollingBack(SHRINK, true, T0));

    /** The table as this test reads the lifecycle: what may follow what. */
    private static final Map<String, Set<String>> EXPECTED = Map.of(
            "Idle", Set.of("Applied", "Draining", "RollingBack"),
            "Applied", Set.of("Verifying", "Idle"),
            "Draining", Set.of("Applied", "Idle"),
            "Verifying", Set.of("Verifying", "Idle"),
            "RollingBack", Set.of("Idle"));

    /** A lifecycle brought to {@code state} by legal moves. */
    private static ChangeLifecycle at(ChangeState state) {
        ChangeLifecycle l = new ChangeLifecycle();
        switch (state.getClass().getSimpleName()) {
            case "Idle" -> {
            }
            case "Applied", "Draining", "RollingBack" -> l.move(state);
            case "Verifying" -> {
                l.move(new ChangeState.Applied(SHRINK, T0));
                l.move(state);
            }
            default -> throw new AssertionError(state);
        }
        return l;
    }

    @Test
    void everyStateIsCoveredByTheTable() {
        assertThat(ChangeLifecycle.LEGAL.keySet()).containsExactlyInAnyOrderElementsOf(
                STATES.stream().map(ChangeState::getClass).toList());
        assertThat(ChangeState.class.getPermittedSubclasses()).hasSize(STATES.size());
    }

    @Test
    void everyLegalMoveIsMadeAndEveryIllegalOneRefused() {
        int refused = 0;
        for (ChangeState from : STATES) {
            for (ChangeState to : STATES) {
                ChangeLifecycle l = at(from);
                String f = from.getClass().getSimpleName();
                String t = to.getClass().getSimpleName();
                if (EXPECTED.get(f).contains(t)) {
                    l.move(to);
                    assertThat(l.state()).as(f + " -> " + t).isEqualTo(to);
                } else {
                    assertThatThrownBy(() -> l.move(to)).as(f + " -> " + t).isInstanceOf(IllegalStateException.class)
                            .hasMessage("a change cannot move from " + f + " to " + t);
                    assertThat(l.state()).isEqualTo(from);
                    refused++;
                }
            }
        }
        assertThat(refused).isEqualTo(25 - 10);
    }

    @Test
    void endingFromAnyStateLeavesNoChangeInFlight() {
        for (ChangeState s : STATES) {
            ChangeLifecycle l = at(s);
            l.end();
            assertThat(l.idle()).as(s.toString()).isTrue();
            assertThat(l.state().describe(3)).isEmpty();
        }
    }
}
