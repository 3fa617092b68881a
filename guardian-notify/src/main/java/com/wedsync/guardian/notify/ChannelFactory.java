package com.wedsync.guardian.notify;

import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.notify.alertmanager.AlertmanagerChannel;
import com.wedsync.guardian.notify.log.LogChannel;
import com.wedsync.guardian.notify.pagerduty.PagerDutyChannel;
import com.wedsync.guardian.notify.resend.ResendChannel;
import com.wedsync.guardian.notify.slack.SlackChannel;
import com.wedsync.guardian.notify.twilio.TwilioChannel;
import com.wedsync.guardian.notify.webhook.WebhookChannel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The channel table: builds notifiers from config entries. Adding a channel is one package and one line here. */
public final class ChannelFactory {

    private static final List<ChannelType> TYPES = List.of(
            new SlackChannel(),
            new PagerDutyChannel(),
            new TwilioChannel(),
            new ResendChannel(),
            new WebhookChannel(),
            new AlertmanagerChannel(),
            new LogChannel());

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Map<String, ChannelType> types;
    private final ChannelEnvironment environment;

    public ChannelFactory(ChannelEnvironment environment) {
        this.environment = environment;
        this.types = TYPES.stream().collect(Collectors.toMap(ChannelType::type, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }

    /** The known {@code type} values. */
    public List<String> types() {
        return List.copyOf(types.keySet());
    }

    /** Builds one channel, or throws with every problem of its entry. */
    public Notifier create(ChannelSettings settings) {
        List<String> problems = new ArrayList<>();
        Notifier n = build(settings, environmentFor(List.of(settings)), problems);
        if (!problems.isEmpty()) {
            throw new ChannelConfigException(problems);
        }
        return n;
    }

    /** Builds every channel by name, or throws with every problem of every entry (duplicate names included). */
    public Map<String, Notifier> createAll(List<ChannelSettings> entries) {
        List<String> problems = new ArrayList<>();
        Map<String, Notifier> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        ChannelEnvironment env = environmentFor(entries);
        for (ChannelSettings s : entries) {
            if (!seen.add(s.name())) {
                problems.add("channel '" + s.name() + "': name used twice");
                continue;
            }
            List<String> own = new ArrayList<>();
            Notifier n = build(s, env, own);
            problems.addAll(own);
            if (n != null) {
                out.put(s.name(), n);
            }
        }
        if (!problems.isEmpty()) {
            throw new ChannelConfigException(problems);
        }
        return out;
    }

    /** Every problem of these entries, for {@code guardian config check}; builds nothing that is kept. */
    public List<String> check(List<ChannelSettings> entries) {
        try {
            createAll(entries);
            return List.of();
        } catch (ChannelConfigException e) {
            return e.problems();
        }
    }

    /** The environment, knowing the table's channels by name and type (entries without either are left out). */
    private ChannelEnvironment environmentFor(List<ChannelSettings> entries) {
        Map<String, String> table = new HashMap<>();
        for (ChannelSettings s : entries) {
            if (s.name() != null && s.type() != null) {
                table.putIfAbsent(s.name(), s.type());
            }
        }
        return environment.withChannels(table);
    }

    private Notifier build(ChannelSettings s, ChannelEnvironment env, List<String> problems) {
        if (!NAME.matcher(s.name()).matches()) {
            problems.add("channel name must be 1 to 64 letters, digits, '.', '_' or '-', but was '" + s.name() + "'");
        }
        ChannelType type = types.get(s.type());
        if (type == null) {
            problems.add("channel '" + s.name() + "': type must be one of " + types.keySet() + ", but was '"
                    + s.type() + "'");
            return null;
        }
        Notifier n;
        try {
            n = type.create(s, env);
        } catch (IllegalArgumentException e) {
            // the config builders name the field; their messages never hold a secret's value
            s.problem("config", e.getMessage());
            n = null;
        }
        problems.addAll(s.problems());
        return problems.isEmpty() ? n : null;
    }
}
