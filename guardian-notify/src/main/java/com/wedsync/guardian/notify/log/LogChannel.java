package com.wedsync.guardian.notify.log;

import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.config.ConfigReader;
import com.wedsync.guardian.config.Section;
import com.wedsync.guardian.notify.ChannelEnvironment;
import com.wedsync.guardian.notify.ChannelType;

import java.util.Optional;

/** {@code {type: log}}: no settings of its own. */
public final class LogChannel implements ChannelType<LogChannel.Config> {

    static final String TYPE = "log";
    private static final Section SETTINGS = Section.of(TYPE, "the guardian's own log");

    /** The log channel's (empty) config. */
    public record Config() {
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Section settings() {
        return SETTINGS;
    }

    @Override
    public Optional<Config> parse(ConfigReader e, String dashboardUrl) {
        return e.buildIfValid(Config::new);
    }

    @Override
    public Notifier create(String name, Config config, ChannelEnvironment env) {
        return new LogNotifier(name, env.channelsOfType(TYPE));
    }
}
