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

    private static Alert withFigures(Alert a, int used, int max) {
        return new Alert(a.fingerprint(), a.labels(), a.summary(), a.description(),
                Map.of(AlertFigure.USED.key(), (double) used, AlertFigure.MAX.key(), (double) max,
                        AlertFigure.UTILISATION.key(), (double) used / max),
                a.context(), a.startsAt(), null);
    }
}
