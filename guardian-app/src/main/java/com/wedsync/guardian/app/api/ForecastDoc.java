package com.wedsync.guardian.app.api;

import com.wedsync.guardian.forecast.Forecast;
import com.wedsync.guardian.forecast.ForecastAccuracy;
import com.wedsync.guardian.forecast.ForecastPoint;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@code guardian forecast --json}: expected connections per step, with the model's accuracy. */
public record ForecastDoc(String pool, String basis, String point, List<Point> points, Accuracy accuracy) {

    public static ForecastDoc of(Forecast f, String method) {
        ForecastAccuracy a = f.accuracy();
        return new ForecastDoc(f.pool(), f.basis(), "the peak of the hours each step covers", Point.all(f.points()),
                new Accuracy(a.known() ? Optional.of(round(a.mase())) : Optional.empty(),
                        a.known() ? Optional.of(round(a.bias())) : Optional.empty(), a.samples(), method));
    }

    /**
     * One step of a forecast, here and in {@code GET /api/scaling}: connections to a thousandth, which is finer
     * than any pool size it informs.
     */
    public record Point(Instant at, double expectedConnections, double low, double high, double confidence,
                        int weddingsActive) {

        public static List<Point> all(List<ForecastPoint> points) {
            return points.stream().map(p -> new Point(p.at(), round(p.expectedConnections()), round(p.low()),
                    round(p.high()), round(p.confidence()), p.weddingsActive())).toList();
        }
    }

    /** MASE and bias against the baseline, null while unknown; how they were measured. */
    public record Accuracy(Optional<Double> mase, Optional<Double> bias, int samples, String method) {
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
