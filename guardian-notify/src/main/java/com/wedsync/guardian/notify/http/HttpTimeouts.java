package com.wedsync.guardian.notify.http;

import com.wedsync.guardian.notify.ChannelSettings;

import java.time.Duration;
import java.util.Objects;

/**
 * Connect and read time-outs of one channel. Short by default: an alert that waits on a dead vendor for a
 * minute is worse than one that fails over after a few seconds.
 */
public record HttpTimeouts(Duration connect, Duration read) {

    public static final Duration DEFAULT_CONNECT = Duration.ofSeconds(3);
    public static final Duration DEFAULT_READ = Duration.ofSeconds(10);
    public static final HttpTimeouts DEFAULT = new HttpTimeouts(DEFAULT_CONNECT, DEFAULT_READ);

    public HttpTimeouts {
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(read, "read");
        if (connect.isNegative() || connect.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be > 0, but was " + connect);
        }
        if (read.isNegative() || read.isZero()) {
            throw new IllegalArgumentException("readTimeout must be > 0, but was " + read);
        }
    }

    /** Reads {@code connectTimeout} and {@code readTimeout} (each 10ms to 5m) from a channel entry. */
    public static HttpTimeouts from(ChannelSettings s) {
        Duration min = Duration.ofMillis(10);
        Duration max = Duration.ofMinutes(5);
        return new HttpTimeouts(s.duration("connectTimeout", DEFAULT_CONNECT, min, max),
                s.duration("readTimeout", DEFAULT_READ, min, max));
    }
}
