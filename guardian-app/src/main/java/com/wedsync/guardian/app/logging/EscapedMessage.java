package com.wedsync.guardian.app.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.wedsync.guardian.text.Printable;

/**
 * The log pattern's {@code %safeMsg}: the formatted message with its control characters escaped, so that an actor,
 * a reason or a feed's text logged anywhere cannot forge a log line or reach a terminal raw (issue 10, item 9).
 */
public final class EscapedMessage extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return Printable.escape(event.getFormattedMessage());
    }
}
