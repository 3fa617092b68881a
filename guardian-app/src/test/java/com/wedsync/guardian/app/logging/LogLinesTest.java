package com.wedsync.guardian.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 10, item 9: the guardian's own log configuration escapes whatever text a message carries. */
class LogLinesTest {

    @Test
    void anActorWithANewlineAndAnsiEscapesCannotForgeALogLine() throws Exception {
        LoggerContext context = new LoggerContext();
        JoranConfigurator config = new JoranConfigurator();
        config.setContext(context);
        config.doConfigure(getClass().getResource("/logback.xml"));
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        @SuppressWarnings("unchecked")
        OutputStreamAppender<ILoggingEvent> stderr = (OutputStreamAppender<ILoggingEvent>) root.getAppender("STDERR");
        Logger engine = context.getLogger("com.wedsync.guardian.scaling.ScalingEngine");

        LoggingEvent event = new LoggingEvent(Logger.class.getName(), engine, Level.WARN, "scaling override granted: {}",
                null, new Object[] {"actor=ana\n12:00:00.000 INFO  c.w.g.s.ScalingEngine - revoked\u001b[2K"});
        String out = new String(stderr.getEncoder().encode(event), StandardCharsets.UTF_8);
        context.stop();

        assertThat(out.lines()).singleElement().satisfies(line -> assertThat(line)
                .endsWith("scaling override granted: actor=ana\\n12:00:00.000 INFO  c.w.g.s.ScalingEngine - revoked\\u001b[2K"));
    }
}
