package com.wedsync.guardian.alert.group;

import com.wedsync.guardian.alert.Alert;
import com.wedsync.guardian.alert.AlertFigure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.wedsync.guardian.alert.AlertFixtures.T0;
import static com.wedsync.guardian.alert.AlertFixtures.alert;
import static org.assertj.core.api.Assertions.assertThat;

/** Issues 16 and 17 (item 7): a group speaks in plain English and shows one pool's figures, never a mix. */
class GroupSummaryTest {

    @Test
    void aGroupAcrossPoolsListsThemInEnglishAndShowsTheBusiestPoolsFigures() {
        Alert a = withFigures(alert("a", "saturation", "warning", 1, T0), 20, 40);
        Alert b = withFigures(alert("b", "saturation", "critical", 1, T0), 45, 50);
        Alert c = withFigures(alert("c", "wait_p99", "warning", 1, T0), 5, 10);

        Alert group = GroupSummary.of("g", List.of(a, b, c), false, T0);

        assertThat(group.summary()).isEqualTo("3 alerts: saturation and wait p99 on a, b and c");
        assertThat(group.figure(AlertFigure.USED)).hasValue(45);
        assertThat(group.figure(AlertFigure.MAX)).as("b's max with b's used, not another pool's").hasValue(50);
        assertThat(group.description()).endsWith("The figures are those of b, the busiest pool.");
    }

    @Test
    void manyPoolsAreCountedNotListed() {
        List<Alert> alerts = List.of(alert("a", "saturation", "warning", 1, T0), alert("b", "saturation", "warning", 1, T0),
                alert("c", "saturation", "warning", 1, T0), alert("d", "saturation", "warning", 1, T0),
                alert("e", "saturation", "warning", 1, T0));

        assertThat(GroupSummary.of("g", alerts, false, T0).summary())
                .isEqualTo("5 alerts: saturation on a, b, c and 2 more pools");
        assertThat(GroupSummary.inEnglish(List.of("x", "y"), 3, "")).isEqualTo("x and y");
    }

    @Test
    void aResolvedGroupOfOnePoolKeepsTheHighestPeakOfItsMembersOverTheGroupsWholeSpan() {
        Alert waiting = withValues(alert("a", "threads_waiting", "critical", 1, T0), Map.of(AlertFigure.PENDING.key(), 0.0,
                AlertFigure.PENDING_PEAK.key(), 23.0, AlertFigure.PEAK_SPAN_S.key(), 300.0, AlertFigure.WINDOW_S.key(), 30.0));
        Alert slow = withValues(alert("a", "wait_p99", "critical", 1, T0.plusSeconds(60)), Map.of(AlertFigure.PENDING.key(), 0.0,
                AlertFigure.PENDING_PEAK.key(), 17.0, AlertFigure.PEAK_SPAN_S.key(), 240.0, AlertFigure.WINDOW_S.key(), 30.0));

        Alert group = GroupSummary.of("g", List.of(slow, waiting), true, T0.plusSeconds(330));

        assertThat(group.figure(AlertFigure.PENDING_PEAK)).hasValue(23);
        assertThat(group.figure(AlertFigure.PEAK_SPAN_S)).as("the group's 330 s and a window before it").hasValue(360);
        assertThat(group.figure(AlertFigure.PENDING)).hasValue(0);
        assertThat(GroupSummary.of("g", List.of(slow), false, T0.plusSeconds(330)).figure(AlertFigure.PEAK_SPAN_S))
                .as("a firing group's peaks are its window's").hasValue(240);
    }

    private static Alert withValues(Alert a, Map<String, Double> values) {
        return new Alert(a.fingerprint(), a.labels(), a.summary(), a.description(), values, a.context(), a.startsAt(), null);
    }

    private static Alert withFigures(Alert a, int used, int max) {
        return new Alert(a.fingerprint(), a.labels(), a.summary(), a.description(),
                Map.of(AlertFigure.USED.key(), (double) used, AlertFigure.MAX.key(), (double) max,
                        AlertFigure.UTILISATION.key(), (double) used / max),
                a.context(), a.startsAt(), null);
    }
}
