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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The channel table. At load time {@link #parseAll} reads config entries into typed configs (nothing is
 * built, no HTTP client made); at start {@link #createAll} makes each notifier once from its config.
 * Adding a channel is one package and one line here.
 */
public final class ChannelFactory {

    private static final List<ChannelType<?>> TYPES = List.of(
            new SlackChannel(),
            new PagerDutyChannel(),
            new TwilioChannel(),
            new ResendChannel(),
            new WebhookChannel(),
            new AlertmanagerChannel(),
            new LogChannel());

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Map<String, ChannelType<?>> types = TYPES.stream().collect(Collectors.toMap(ChannelType::type,
            Function.identity(), (a, b) -> a, LinkedHashMap::new));

    /**
     * Every entry read into its typed config, or {@link ChannelConfigException} with every problem of every
     * entry (duplicate names included).
     *
     * @param dashboardUrl what a channel's {@code dashboardUrl} defaults to; empty for none
     */
    public List<ConfiguredChannel<?>> parseAll(List<ChannelSettings> entries, String dashboardUrl) {
        List<String> problems = new ArrayList<>();
        List<ConfiguredChannel<?>> out = parse(entries, dashboardUrl, problems);
        if (!problems.isEmpty()) {
            throw new ChannelConfigException(problems);
        }
        return out;
    }

    /** Every problem of these entries, for {@code guardian config check}: parses only, builds nothing. */
    public List<String> check(List<ChannelSettings> entries, String dashboardUrl) {
        List<String> problems = new ArrayList<>();
        parse(entries, dashboardUrl, problems);
        return problems;
    }

    /** Each channel's notifier by name, made once from its checked config, knowing the table it belongs to. */
    public static Map<String, Notifier> createAll(List<ConfiguredChannel<?>> channels, ChannelEnvironment environment) {
        Map<String, String> table = new LinkedHashMap<>();
        channels.forEach(c -> table.put(c.name(), c.typeName()));
        ChannelEnvironment env = environment.withChannels(table);
        Map<String, Notifier> out = new LinkedHashMap<>();
        for (ConfiguredChannel<?> c : channels) {
            out.put(c.name(), c.create(env));
        }
        return out;
    }

    private List<ConfiguredChannel<?>> parse(List<ChannelSettings> entries, String dashboardUrl, List<String> problems) {
        List<ConfiguredChannel<?>> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ChannelSettings s : entries) {
            if (!seen.add(s.name())) {
                problems.add("channel '" + s.name() + "': name used twice");
                continue;
            }
            parse(s, dashboardUrl, problems).ifPresent(out::add);
        }
        return out;
    }

    private Optional<ConfiguredChannel<?>> parse(ChannelSettings s, String dashboardUrl, List<String> problems) {
        if (!NAME.matcher(s.name()).matches()) {
            problems.add("channel name must be 1 to 64 letters, digits, '.', '_' or '-', but was '" + s.name() + "'");
        }
        ChannelType<?> type = types.get(s.type());
        if (type == null) {
            problems.add("channel '" + s.name() + "': type must be one of " + types.keySet() + ", but was '"
                    + s.type() + "'");
            return Optional.empty();
        }
        Optional<ConfiguredChannel<?>> parsed = typed(type, s, dashboardUrl);
        problems.addAll(s.problems());
        return parsed;
    }

    private static <C> Optional<ConfiguredChannel<?>> typed(ChannelType<C> type, ChannelSettings s, String dashboardUrl) {
        return type.parse(s, dashboardUrl).map(config -> new ConfiguredChannel<>(s.name(), type, config));
    }
}
