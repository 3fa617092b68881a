package com.wedsync.guardian.notify;

import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.notify.slack.SlackConfig;
import com.wedsync.guardian.testing.HttpClientsMade;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChannelFactoryTest {

    private static final String DASHBOARD = "https://guardian.wedsync.example/";

    private final ChannelFactory factory = new ChannelFactory();
    private final ChannelEnvironment environment = new ChannelEnvironment(Clock.systemUTC(), MetricsHistory.NONE);

    @Test
    void buildsTheIssueExampleChannelsFromConfigEntries() {
        Map<String, Notifier> channels = ChannelFactory.createAll(factory.parseAll(exampleEntries(), DASHBOARD), environment);

        assertThat(channels).containsOnlyKeys("ops-slack", "oncall", "exec-sms", "team-email", "hook", "am", "console");
        assertThat(channels.values()).extracting(Notifier::type)
                .containsExactly("slack", "pagerduty", "twilio", "resend", "webhook", "alertmanager", "log");
    }

    // issue 13: config check parsed entries by building every notifier, each with its own HTTP client
    @Test
    void checkReadsTypedConfigsAndMakesNoHttpClient() {
        List<ChannelSettings> entries = exampleEntries();
        long duringCheck = HttpClientsMade.during(() -> assertThat(factory.check(entries, DASHBOARD)).isEmpty());
        List<ConfiguredChannel<?>> channels = factory.parseAll(exampleEntries(), DASHBOARD);
        long atStart = HttpClientsMade.during(() -> ChannelFactory.createAll(channels, environment));

        assertThat(duringCheck).isZero();
        assertThat(atStart).as("one per HTTP channel, made once at start").isEqualTo(6);
        assertThat(channels).extracting(ConfiguredChannel::typeName)
                .containsExactly("slack", "pagerduty", "twilio", "resend", "webhook", "alertmanager", "log");
        assertThat(channels.get(0).config()).isInstanceOfSatisfying(SlackConfig.class,
                slack -> assertThat(slack.dashboardUrl()).as("alerts.dashboardUrl is the default").isEqualTo("https://guardian.wedsync.example"));
        assertThat(channels.toString()).doesNotContain("abcdefghijklmnop", "0123456789abcdef0123456789abcdef",
                "t0k3n", "+15550002222", "re_123");
    }

    @Test
    void aBuilderRejectionIsAProblemAtItsPathNotANullChannel() {
        var entries = List.of(ChannelSettings.of(Map.of("name", "hook", "type", "webhook",
                "url", "https://example.org/h", "connectTimeout", "0s")));

        assertThat(factory.check(entries, "")).singleElement().asString()
                .startsWith("channel 'hook' (webhook): connectTimeout ");
        assertThatThrownBy(() -> factory.parseAll(entries, "")).isInstanceOf(ChannelConfigException.class);
    }

    private static List<ChannelSettings> exampleEntries() {
        return List.of(
                ChannelSettings.of(Map.of("name", "ops-slack", "type", "slack",
                        "webhookUrl", "https://hooks.slack.com/services/T1/B1/abcdefghijklmnop")),
                ChannelSettings.of(Map.of("name", "oncall", "type", "pagerduty",
                        "routingKey", "0123456789abcdef0123456789abcdef",
                        "url", "https://events.pagerduty.com/v2/enqueue")),
                ChannelSettings.of(Map.of("name", "exec-sms", "type", "twilio",
                        "accountSid", "AC0123456789abcdef0123456789abcdef", "authToken", "t0k3n",
                        "from", "+15550001111", "to", List.of("+15550002222"), "baseUrl", "https://api.twilio.com")),
                ChannelSettings.of(Map.of("name", "team-email", "type", "resend", "apiKey", "re_123",
                        "from", "Guardian <guardian@wedsync.example>", "to", List.of("ops@wedsync.example"),
                        "baseUrl", "https://api.resend.com", "readTimeout", "5s")),
                ChannelSettings.of(Map.of("name", "hook", "type", "webhook", "url", "https://example.org/h")),
                ChannelSettings.of(Map.of("name", "am", "type", "alertmanager",
                        "url", "http://alertmanager:9093/api/v2/alerts")),
                ChannelSettings.of(Map.of("name", "console", "type", "log")));
    }

    @Test
    void reportsEveryProblemAtOnceByChannelAndKeyWithoutPrintingSecrets() {
        var entries = List.of(
                ChannelSettings.of(Map.of("name", "ops-slack", "type", "slack", "webhookUrl", "not a url secretpart")),
                ChannelSettings.of(Map.of("name", "oncall", "type", "pagerduty", "routingKey", "shortsecret",
                        "readTimeout", "soon")),
                ChannelSettings.of(Map.of("name", "exec-sms", "type", "twilio", "accountSid", "nope-sid-secret",
                        "authToken", "tok", "from", "5550001111", "to", List.of("+15550002222", "12"))),
                ChannelSettings.of(Map.of("name", "team-email", "type", "resend", "apiKey", "${RESEND_API_KEY}",
                        "from", "guardian", "to", List.of(), "webhookUrl", "x")),
                ChannelSettings.of(Map.of("name", "pager", "type", "pagerdutyy")),
                ChannelSettings.of(Map.of("name", "console", "type", "log")),
                ChannelSettings.of(Map.of("name", "console", "type", "log")));

        List<String> problems = factory.check(entries, DASHBOARD);

        assertThat(problems).containsExactlyInAnyOrder(
                "channel 'ops-slack' (slack): webhookUrl must be an http or https URL",
                "channel 'oncall' (pagerduty): routingKey must be 32 characters, but had 11",
                "channel 'oncall' (pagerduty): readTimeout must be a duration like 90s, 15m, 2h, 1d or PT2H, but was 'soon'",
                "channel 'exec-sms' (twilio): accountSid must be AC followed by 32 hex digits",
                "channel 'exec-sms' (twilio): from must be E.164 (+ and 8 to 15 digits)",
                "channel 'exec-sms' (twilio): to[1] must be E.164 (+ and 8 to 15 digits)",
                "channel 'team-email' (resend): apiKey holds an unresolved ${...} reference: is the environment variable set?",
                "channel 'team-email' (resend): from must be an email address, but was 'guardian'",
                "channel 'team-email' (resend): to needs at least one entry",
                "channel 'team-email' (resend): unknown key 'webhookUrl'",
                "channel 'pager': type must be one of slack, pagerduty, twilio, resend, webhook, alertmanager, log, but was 'pagerdutyy'",
                "channel 'console': name used twice");
        assertThat(String.join("\n", problems)).doesNotContain("secretpart", "shortsecret", "nope-sid-secret",
                "5550001111", "+15550002222");
        assertThatThrownBy(() -> factory.parseAll(entries, DASHBOARD)).isInstanceOf(ChannelConfigException.class);
    }
}
