package com.wedsync.guardian.forecast;

/**
 * How good a forecast was against what happened. MAPE is undefined near zero load, so (docs/scaling-practice.md):
 * MASE, the model's mean absolute error over a seasonal-naive forecast's (the same hour one week
 * earlier) on the same points, below 1 when the model beats it; and bias, the mean of
 * forecast − actual (negative: under-forecasting, the costly direction).
 *
 * @param mase    NaN when unknown (no points, or a naive error of 0)
 * @param bias    NaN when unknown
 * @param samples points compared
 */
public record ForecastAccuracy(double mase, double bias, int samples) {

    public static final ForecastAccuracy UNKNOWN = new ForecastAccuracy(Double.NaN, Double.NaN, 0);

    public boolean known() {
        return samples > 0 && !Double.isNaN(mase);
    }

    /** Compares {@code predicted} and the seasonal-naive {@code naive} against {@code actual}, point by point. */
    public static ForecastAccuracy measure(double[] actual, double[] predicted, double[] naive) {
        if (actual.length != predicted.length || actual.length != naive.length) {
            throw new IllegalArgumentException("actual, predicted and naive must have the same length, but were "
                    + actual.length + ", " + predicted.length + ", " + naive.length);
        }
        if (actual.length == 0) {
            return UNKNOWN;
        }
        double model = 0;
        double base = 0;
        double bias = 0;
        for (int i = 0; i < actual.length; i++) {
            model += Math.abs(predicted[i] - actual[i]);
            base += Math.abs(naive[i] - actual[i]);
            bias += predicted[i] - actual[i];
        }
        double mase = base == 0 ? Double.NaN : model / base;
        return new ForecastAccuracy(mase, bias / actual.length, actual.length);
    }

    /** How much this accuracy lets the forecast be trusted: 1 at MASE <= 0.4, falling to 0.1 at MASE 2.2 and worse. */
    public double trust() {
        if (!known()) {
            return 0.5;
        }
        return Math.max(0.1, Math.min(1.0, 1.2 - 0.5 * mase));
    }
}
