package com.wedsync.guardian.notify.log;

import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.notify.ChannelEnvironment;
import com.wedsync.guardian.notify.ChannelSettings;
import com.wedsync.guardian.notify.ChannelType;

/** {@code {type: log}}. */
public final class LogChannel implements ChannelType {

    static final String TYPE = "log";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Notifier create(ChannelSettings s, ChannelEnvironment env) {
        return s.problems().isEmpty() ? new LogNotifier(s.name(), env.channelsOfType(TYPE)) : null;
    }
}
