package com.wedsync.guardian.notify.http;

import com.wedsync.guardian.config.ConfigReader;
import com.wedsync.guardian.config.Setting;

import java.time.Duration;

/**
 * Connect and read time-outs of one channel. Short by default: an alert that waits on a dead vendor for a
 * minute is worse than one that fails over after a few seconds.
 */
public record HttpTimeouts(Duration connect, Duration read) {

    public static final Setting<Duration> CONNECT_TIMEOUT = Setting.duration("connectTimeout", Duration.ofMillis(10),
            Duration.ofMinutes(5), Duration.ofSeconds(3), "how long connecting to the vendor may take");
    public static final Setting<Duration> READ_TIMEOUT = Setting.duration("readTimeout", Duration.ofMillis(10),
            Duration.ofMinutes(5), Duration.ofSeconds(10), "how long the vendor's answer may take");
    public static final Duration DEFAULT_CONNECT = CONNECT_TIMEOUT.defaultValue();
    public static final Duration DEFAULT_READ = READ_TIMEOUT.defaultValue();
    public static final HttpTimeouts DEFAULT = new HttpTimeouts(DEFAULT_CONNECT, DEFAULT_READ);

    public HttpTimeouts {
        CONNECT_TIMEOUT.check(connect);
        READ_TIMEOUT.check(read);
    }

    /** Reads {@code connectTimeout} and {@code readTimeout} from a channel entry. */
    public static HttpTimeouts from(ConfigReader entry) {
        return new HttpTimeouts(entry.get(CONNECT_TIMEOUT), entry.get(READ_TIMEOUT));
    }
}
