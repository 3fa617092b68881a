package com.wedsync.guardian.app.cli;

import com.wedsync.guardian.time.Durations;
import picocli.CommandLine;

import java.time.Duration;

/** Command-line durations: {@code 60s}, {@code 5m}, {@code 2h}, {@code 1d}, or ISO-8601. */
public final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        return Durations.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                "'" + value + "' is not a duration: use forms like 500ms, 60s, 5m, 2h or 1d"));
    }
}
