package com.wedsync.guardian.app.cli;

import com.wedsync.guardian.time.Durations;
import picocli.CommandLine;

import java.time.Duration;

/** Command-line durations: {@code 60s}, {@code 5m}, {@code 2h}, {@code 1d}, or ISO-8601, from 1ms to {@link Durations#LIMIT}. */
public final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        try {
            return Durations.parse(value, Duration.ofMillis(1), Durations.LIMIT);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
