package com.wedsync.guardian.notify;

import com.wedsync.guardian.alert.AlertFigure;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16: figures read the same in every channel, and only the ones carried are listed. */
class FigureTextTest {

    @Test
    void headroomTrendAndHoldReadAsSentences() {
        var lines = FigureText.of(Map.of(AlertFigure.DB_FREE.key(), 4.0, AlertFigure.DB_USABLE.key(), 97.0,
                AlertFigure.DEMAND_CHANGE.key(), -1.0, AlertFigure.WINDOW_S.key(), 10.0,
                AlertFigure.LONGEST_HELD_MS.key(), 95_000.0, AlertFigure.PENDING.key(), 1.0));

        assertThat(FigureText.inline(lines, " | ")).isEqualTo("1 thread waiting"
                + " | falling: 1 fewer connection wanted than 10 s ago"
                + " | database 4 of 97 connections free (4%)"
                + " | a connection held 1 min 35 s");
        assertThat(FigureText.of(Map.of(AlertFigure.DEMAND_CHANGE.key(), 0.0)))
                .extracting(FigureText.Line::value).containsExactly("steady");
        assertThat(FigureText.of(Map.of(AlertFigure.DB_FREE.key(), 4.0))).as("free of an unknown total: left out")
                .isEmpty();
        assertThat(FigureText.of(Map.of(AlertFigure.WAIT_P99_MS.key(), Double.NaN))).isEmpty();
    }

    @Test
    void aPeakStandsBesideTheFigureNowWhenItReadsOtherwise() {
        var lines = FigureText.of(Map.of(AlertFigure.UTILISATION.key(), 0.125, AlertFigure.USED.key(), 5.0,
                AlertFigure.MAX.key(), 40.0, AlertFigure.UTILISATION_PEAK.key(), 1.0,
                AlertFigure.PENDING.key(), 0.0, AlertFigure.PENDING_PEAK.key(), 23.0,
                AlertFigure.WAIT_P99_MS.key(), 0.4, AlertFigure.WAIT_P99_PEAK_MS.key(), 1_400.0,
                AlertFigure.PEAK_SPAN_S.key(), 30.0));

        assertThat(FigureText.inline(lines, " | ")).isEqualTo("load 13% (5/40) now, peak 100% in the last 30 s"
                + " | 0 threads waiting now, peak 23 in the last 30 s"
                + " | wait p99 0 ms now, peak 1.4 s in the last 30 s");
        assertThat(lines).extracting(FigureText.Line::value).containsExactly("13% (5/40) now, peak 100% in the last 30 s",
                "0 now, peak 23 in the last 30 s", "0 ms now, peak 1.4 s in the last 30 s");
    }

    @Test
    void aPeakThatReadsLikeTheFigureNowIsLeftOut() {
        var lines = FigureText.of(Map.of(AlertFigure.UTILISATION.key(), 0.951, AlertFigure.UTILISATION_PEAK.key(), 0.954,
                AlertFigure.WAIT_P99_MS.key(), 850.2, AlertFigure.WAIT_P99_PEAK_MS.key(), 850.4,
                AlertFigure.LONGEST_HELD_MS.key(), 2_000.0, AlertFigure.LONGEST_HELD_PEAK_MS.key(), 120_000.0));

        assertThat(FigureText.inline(lines, " | ")).isEqualTo("load 95% | wait p99 850 ms"
                + " | a connection held 2 s now, peak 2 min");
    }

    @Test
    void aPoolShrunkBelowItsConnectionsInUseReadsAboveAHundredPercent() {
        var lines = FigureText.of(Map.of(AlertFigure.UTILISATION.key(), 0.3, AlertFigure.UTILISATION_PEAK.key(), 2.0));

        assertThat(FigureText.inline(lines, " | ")).isEqualTo("load 30% now, peak 200%");
    }

    @Test
    void aWaitPeakWithoutAWaitNowIsSaidAlone() {
        var lines = FigureText.of(Map.of(AlertFigure.WAIT_P99_PEAK_MS.key(), 1_400.0, AlertFigure.PEAK_SPAN_S.key(), 95.0));

        assertThat(FigureText.inline(lines, " | ")).isEqualTo("wait p99 peak 1.4 s in the last 1 min 35 s");
    }

    @Test
    void durationsAreSaidTheWayAPersonSaysThem() {
        assertThat(FigureText.duration(Duration.ofMillis(850))).isEqualTo("850 ms");
        assertThat(FigureText.duration(Duration.ofMillis(1_240))).isEqualTo("1.2 s");
        assertThat(FigureText.duration(Duration.ofSeconds(30))).isEqualTo("30 s");
        assertThat(FigureText.duration(Duration.ofSeconds(120))).isEqualTo("2 min");
        assertThat(FigureText.duration(Duration.ofSeconds(270))).isEqualTo("4 min 30 s");
        assertThat(FigureText.duration(Duration.ofMinutes(125))).isEqualTo("2 h 5 min");
    }
}
