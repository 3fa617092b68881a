package com.wedsync.guardian.notify.resilience;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard to try one channel before failing over: the circuit breaker's window and threshold, and the
 * retry schedule. Immutable; the builder rejects a bad value at once, naming the field and the value.
 */
public final class ResilienceConfig {

    public static final ResilienceConfig DEFAULT = builder().build();

    private final int failureRateThreshold;
    private final int slidingWindowSize;
    private final int minimumNumberOfCalls;
    private final Duration openStateWait;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final double backoffMultiplier;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;

    private ResilienceConfig(Builder b) {
        this.failureRateThreshold = b.failureRateThreshold;
        this.slidingWindowSize = b.slidingWindowSize;
        this.minimumNumberOfCalls = b.minimumNumberOfCalls;
        this.openStateWait = b.openStateWait;
        this.maxAttempts = b.maxAttempts;
        this.initialBackoff = b.initialBackoff;
        this.backoffMultiplier = b.backoffMultiplier;
        this.maxBackoff = b.maxBackoff;
        this.maxRetryAfter = b.maxRetryAfter;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int failureRateThreshold() {
        return failureRateThreshold;
    }

    public int slidingWindowSize() {
        return slidingWindowSize;
    }

    public int minimumNumberOfCalls() {
        return minimumNumberOfCalls;
    }

    public Duration openStateWait() {
        return openStateWait;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration initialBackoff() {
        return initialBackoff;
    }

    public double backoffMultiplier() {
        return backoffMultiplier;
    }

    public Duration maxBackoff() {
        return maxBackoff;
    }

    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    @Override
    public String toString() {
        return "ResilienceConfig[failureRateThreshold=" + failureRateThreshold + ", slidingWindowSize="
                + slidingWindowSize + ", minimumNumberOfCalls=" + minimumNumberOfCalls + ", openStateWait="
                + openStateWait + ", maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff
                + ", backoffMultiplier=" + backoffMultiplier + ", maxBackoff=" + maxBackoff
                + ", maxRetryAfter=" + maxRetryAfter + "]";
    }

    public static final class Builder {
        private int failureRateThreshold = 50;
        private int slidingWindowSize = 10;
        private int minimumNumberOfCalls = 5;
        private Duration openStateWait = Duration.ofSeconds(30);
        private int maxAttempts = 6;
        private Duration initialBackoff = Duration.ofSeconds(1);
        private double backoffMultiplier = 2.0;
        private Duration maxBackoff = Duration.ofMinutes(2);
        private Duration maxRetryAfter = Duration.ofMinutes(10);

        /** Percentage of failed calls in the window that opens the circuit, 1 to 100. */
        public Builder failureRateThreshold(int percent) {
            if (percent < 1 || percent > 100) {
                throw new IllegalArgumentException("failureRateThreshold must be between 1 and 100, but was " + percent);
            }
            this.failureRateThreshold = percent;
            return this;
        }

        public Builder slidingWindowSize(int calls) {
            if (calls < 1) {
                throw new IllegalArgumentException("slidingWindowSize must be >= 1, but was " + calls);
            }
            this.slidingWindowSize = calls;
            return this;
        }

        public Builder minimumNumberOfCalls(int calls) {
            if (calls < 1) {
                throw new IllegalArgumentException("minimumNumberOfCalls must be >= 1, but was " + calls);
            }
            this.minimumNumberOfCalls = calls;
            return this;
        }

        public Builder openStateWait(Duration wait) {
            this.openStateWait = positive("openStateWait", wait);
            return this;
        }

        /** Attempts on one channel (the first included) before it counts as failed for good. */
        public Builder maxAttempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be >= 1, but was " + attempts);
            }
            this.maxAttempts = attempts;
            return this;
        }

        public Builder initialBackoff(Duration d) {
            this.initialBackoff = positive("initialBackoff", d);
            return this;
        }

        public Builder backoffMultiplier(double m) {
            if (!(m >= 1.0) || Double.isInfinite(m)) {
                throw new IllegalArgumentException("backoffMultiplier must be >= 1.0, but was " + m);
            }
            this.backoffMultiplier = m;
            return this;
        }

        public Builder maxBackoff(Duration d) {
            this.maxBackoff = positive("maxBackoff", d);
            return this;
        }

        /** The longest Retry-After honoured as asked; a longer one is cut to this, so a typo cannot mute alerts for a day. */
        public Builder maxRetryAfter(Duration d) {
            this.maxRetryAfter = positive("maxRetryAfter", d);
            return this;
        }

        public ResilienceConfig build() {
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalArgumentException("maxBackoff must be >= initialBackoff (" + initialBackoff
                        + "), but was " + maxBackoff);
            }
            if (minimumNumberOfCalls > slidingWindowSize) {
                minimumNumberOfCalls = slidingWindowSize;
            }
            return new ResilienceConfig(this);
        }

        private static Duration positive(String field, Duration d) {
            Objects.requireNonNull(d, field);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(field + " must be > 0, but was " + d);
            }
            return d;
        }
    }
}
