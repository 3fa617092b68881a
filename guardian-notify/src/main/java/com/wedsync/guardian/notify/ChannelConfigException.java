package com.wedsync.guardian.notify;

import java.util.List;

/** Channel config that cannot work, with every problem found (never a secret's value). */
public final class ChannelConfigException extends IllegalArgumentException {

    private final List<String> problems;

    public ChannelConfigException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
