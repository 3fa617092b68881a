package com.wedsync.guardian.notify;

import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.config.ConfigReader;
import com.wedsync.guardian.config.Entries;
import com.wedsync.guardian.config.Problem;
import com.wedsync.guardian.config.Problems;
import com.wedsync.guardian.config.Section;
import com.wedsync.guardian.config.Setting;
import com.wedsync.guardian.config.Substitution;
import com.wedsync.guardian.config.ValueType;
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
import java.util.regex.Pattern;

/**
 * The channel table. {@link #CHANNELS} declares {@code alerts.channels[]}: every entry's {@code name} and
 * {@code type}, and each type's own keys. At load time {@link #read} reads entries into typed configs (nothing is
 * built, no HTTP client made); at start {@link #createAll} makes each notifier once from its config. Adding a
 * channel is one package and one line here.
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

    private static final Pattern NAME_SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public static final Setting<String> NAME = Setting.of("name", ValueType.parsed("a channel name", "java.lang.String",
            t -> {
                if (!NAME_SHAPE.matcher(t).matches()) {
                    throw new IllegalArgumentException("must be 1 to 64 letters, digits, '.', '_' or '-', but was "
                            + ValueType.quoted(t));
                }
                return t;
            }, t -> t), null, "the channel's name, as routes and escalation levels give it").required();
    public static final Setting<String> TYPE = Setting.oneOf("type", TYPES.stream().map(ChannelType::type).toList(), null,
            "the kind of channel; the keys an entry may have besides name and type depend on it").required();

    /** {@code alerts.channels[]}. */
    public static final Entries CHANNELS = Entries.byKey("channels",
            "where alerts go; without any, the log", Section.of("", "one channel", NAME, TYPE), TYPE.key(), variants());

    private final Map<String, ChannelType<?>> types = new LinkedHashMap<>();

    public ChannelFactory() {
        TYPES.forEach(t -> types.put(t.type(), t));
    }

    private static Map<String, Section> variants() {
        Map<String, Section> out = new LinkedHashMap<>();
        TYPES.forEach(t -> out.put(t.type(), t.settings()));
        return out;
    }

    /**
     * Each entry read into its typed config, problems recorded on the entries with their paths (a name used
     * twice among them); an entry with any problem gives no channel.
     *
     * @param dashboardUrl what a channel's {@code dashboardUrl} defaults to; empty for none
     */
    public List<ConfiguredChannel<?>> read(List<ConfigReader> entries, String dashboardUrl) {
        List<ConfiguredChannel<?>> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ConfigReader e : entries) {
            Optional<String> name = e.find(NAME);
            if (name.isPresent() && !seen.add(name.get())) {
                e.problem(NAME, "used twice");
                continue;
            }
            read(e, dashboardUrl).ifPresent(out::add);
        }
        return out;
    }

    private Optional<ConfiguredChannel<?>> read(ConfigReader entry, String dashboardUrl) {
        Optional<String> name = entry.find(NAME);
        ChannelType<?> type = types.get(entry.variant());
        if (type == null) {
            entry.find(TYPE);
            return Optional.empty();
        }
        return typed(type, entry, dashboardUrl).flatMap(c -> name.map(n -> c.named(n)));
    }

    /** A type and its config, before the name is known good. */
    private record Typed<C>(ChannelType<C> type, C config) {
        ConfiguredChannel<C> named(String name) {
            return new ConfiguredChannel<>(name, type, config);
        }
    }

    private static <C> Optional<Typed<C>> typed(ChannelType<C> type, ConfigReader entry, String dashboardUrl) {
        return type.parse(entry, dashboardUrl).map(config -> new Typed<>(type, config));
    }

    /**
     * Every entry read into its typed config, or {@link ChannelConfigException} with every problem of every
     * entry (duplicate names included), each named by channel and key.
     */
    public List<ConfiguredChannel<?>> parseAll(List<ChannelSettings> entries, String dashboardUrl) {
        List<String> problems = new ArrayList<>();
        List<ConfiguredChannel<?>> out = read(entries, dashboardUrl, problems);
        if (!problems.isEmpty()) {
            throw new ChannelConfigException(problems);
        }
        return out;
    }

    /** Every problem of these entries, named by channel and key: reads only, builds nothing. */
    public List<String> check(List<ChannelSettings> entries, String dashboardUrl) {
        List<String> problems = new ArrayList<>();
        read(entries, dashboardUrl, problems);
        return problems;
    }

    private List<ConfiguredChannel<?>> read(List<ChannelSettings> entries, String dashboardUrl, List<String> out) {
        List<Problems> each = new ArrayList<>();
        List<ConfigReader> readers = new ArrayList<>();
        for (ChannelSettings s : entries) {
            Problems p = new Problems();
            each.add(p);
            readers.add(ConfigReader.entry(s.entry(), CHANNELS, p, Substitution.NONE));
        }
        List<ConfiguredChannel<?>> channels = read(readers, dashboardUrl);
        for (int i = 0; i < entries.size(); i++) {
            ChannelSettings s = entries.get(i);
            each.get(i).all().forEach(p -> out.add(line(s, p)));
        }
        return channels;
    }

    /** {@code channel 'ops' (slack): webhookUrl must be ...}; the name and type problems name no type. */
    private static String line(ChannelSettings s, Problem p) {
        String who = "channel '" + s.name() + "'";
        if (p.kind() == Problem.Kind.UNKNOWN_KEY) {
            return who + " (" + s.type() + "): unknown key '" + p.key() + "'";
        }
        if (p.path().equals(NAME.key()) || p.path().equals(TYPE.key())) {
            return who + ": " + p.inline();
        }
        return who + " (" + s.type() + "): " + p.inline();
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
}
