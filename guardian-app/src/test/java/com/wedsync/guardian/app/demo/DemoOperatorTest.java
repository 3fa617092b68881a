package com.wedsync.guardian.app.demo;

import com.wedsync.guardian.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoOperatorTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** Friday 22:00 in London. */
    private static final Instant FRIDAY = LocalDateTime.parse("2026-12-04T22:00").atZone(LONDON).toInstant();

    private final MutableClock venue = new MutableClock(FRIDAY);
    private final List<String> acted = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private DemoOperator operator(DemoOperator.Step... steps) {
        return new DemoOperator(venue, LONDON, List.of(steps), (at, text) -> notes.add(text));
    }

    private void at(String localDateTime) {
        venue.set(LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant());
    }

    @Test
    void aStepActsOnceEachSaturdayFromItsTime() throws Exception {
        DemoOperator op = operator(new DemoOperator.Step("drill", LocalTime.of(15, 30), LocalTime.of(16, 0), "missed",
                now -> acted.add("drill at " + LocalDateTime.ofInstant(now, LONDON))));

        op.poll();
        at("2026-12-05T15:29");
        op.poll();
        assertThat(acted).isEmpty();

        at("2026-12-05T15:31");
        op.poll();
        at("2026-12-05T15:40");
        op.poll();
        assertThat(acted).containsExactly("drill at 2026-12-05T15:31");

        at("2026-12-11T15:31");   // a Friday
        op.poll();
        at("2026-12-12T15:45");   // the next week's Saturday
        op.poll();
        assertThat(acted).containsExactly("drill at 2026-12-05T15:31", "drill at 2026-12-12T15:45");
        assertThat(notes).isEmpty();
    }

    @Test
    void aStepThatIsNotDoneIsTriedAgainUntilItsTimeIsUpAndThenGivenUpWithANote() throws Exception {
        DemoOperator op = operator(new DemoOperator.Step("duty manager", LocalTime.of(17, 0), LocalTime.of(19, 0),
                "nothing was blocked", now -> {
                    acted.add("looked");
                    return false;
                }));

        for (String t : List.of("2026-12-05T17:00", "2026-12-05T17:30", "2026-12-05T19:00", "2026-12-05T19:30")) {
            at(t);
            op.poll();
        }

        assertThat(acted).containsExactly("looked", "looked");
        assertThat(notes).containsExactly("operator: duty manager given up: nothing was blocked");
    }

    @Test
    void aGuardianOutOfReachIsNotedOnceAndTheStepIsDone() throws Exception {
        DemoOperator op = operator(new DemoOperator.Step("drill", LocalTime.of(15, 30), LocalTime.of(16, 0), "missed",
                now -> {
                    throw new IOException("connection refused");
                }));

        at("2026-12-05T15:30");
        op.poll();
        venue.advance(Duration.ofMinutes(5));
        op.poll();

        assertThat(notes).containsExactly("operator: drill: cannot reach the guardian (IOException)");
    }

    @Test
    void aStepMustEndAfterItStarts() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DemoOperator.Step("x", LocalTime.of(16, 0),
                        LocalTime.of(15, 0), "", now -> true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("step x: until must be after from (16:00), but was 15:00");
    }
}
