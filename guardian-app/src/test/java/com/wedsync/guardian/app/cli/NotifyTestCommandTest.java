package com.wedsync.guardian.app.cli;

import com.wedsync.guardian.notify.testing.PrismMock;
import com.wedsync.guardian.notify.testing.RecordingProxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 4, done-when: `guardian notify test` against Prism mocks of all four vendors delivers on each, with zero violations. */
class NotifyTestCommandTest {

    @TempDir
    Path dir;

    @Test
    void aSyntheticAlertReachesEveryVendorMockWithoutAViolation() throws Exception {
        PrismMock slack = PrismMock.serve("slack-incoming-webhook.openapi.yaml");
        PrismMock pagerduty = PrismMock.serve("pagerduty-events-v2.openapi.yaml");
        PrismMock twilio = PrismMock.serve("twilio_api_v2010.yaml");
        PrismMock resend = PrismMock.serve("resend.yaml");
        try (RecordingProxy slackProxy = new RecordingProxy(slack.baseUrl());
             RecordingProxy pdProxy = new RecordingProxy(pagerduty.baseUrl());
             RecordingProxy twilioProxy = new RecordingProxy(twilio.baseUrl());
             RecordingProxy resendProxy = new RecordingProxy(resend.baseUrl())) {
            Path config = dir.resolve("guardian.yaml");
            Files.writeString(config, """
                    alerts:
                      channels:
                        - {name: ops-slack, type: slack, webhookUrl: "%s/services/T000/B000/XXXX"}
                        - {name: oncall, type: pagerduty, routingKey: "R0UT1NGKEY0123456789abcdefabcdef", url: "%s/enqueue"}
                        - {name: exec-sms, type: twilio, accountSid: "AC0123456789abcdef0123456789abcdef", authToken: "s3cret-tw1l10-token", from: "+15550001111", to: ["+15550002222"], baseUrl: "%s"}
                        - {name: team-email, type: resend, apiKey: "re_s3cretResendKey", from: "Guardian <guardian@wedsync.example>", to: ["ops@wedsync.example"], baseUrl: "%s"}
                      routes:
                        receivers: [ops-slack]
                        routes:
                          - {match: ['severity=~"critical|warning|info"'], receivers: [ops-slack], continue: true}
                          - {match: ['severity=~"critical|warning|info"'], receivers: [oncall], continue: true}
                          - {match: ['severity=~"critical|warning|info"'], receivers: [exec-sms], continue: true}
                          - {match: ['severity=~"critical|warning|info"'], receivers: [team-email], continue: true}
                    """.formatted(slackProxy.baseUrl(), pdProxy.baseUrl(), twilioProxy.baseUrl(), resendProxy.baseUrl()));

            CliRun run = CliRun.of("notify", "test", "--config", config.toString(), "--criticality", "5", "--json");

            assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
            assertThat(run.out()).contains("\"channel\" : \"ops-slack\"", "\"channel\" : \"oncall\"",
                    "\"channel\" : \"exec-sms\"", "\"channel\" : \"team-email\"");
            assertThat(run.out()).doesNotContain("\"failed\"", "\"skipped\"");
            assertThat(run.out() + run.err()).doesNotContain("R0UT1NGKEY", "s3cret-tw1l10-token", "re_s3cretResendKey",
                    "+15550002222", "XXXX");
            slackProxy.assertAcceptedWithoutViolations(1);
            pdProxy.assertAcceptedWithoutViolations(1);
            twilioProxy.assertAcceptedWithoutViolations(1);
            resendProxy.assertAcceptedWithoutViolations(1);
        }
    }

    @Test
    void anUnreachableChannelFailsTheRunWithANonZeroExit() throws Exception {
        Path config = dir.resolve("guardian.yaml");
        Files.writeString(config, """
                alerts:
                  channels:
                    - {name: hook, type: webhook, url: "http://127.0.0.1:9/nowhere"}
                  routes: {receivers: [hook]}
                """);

        CliRun run = CliRun.of("notify", "test", "--config", config.toString(), "--timeout", "3s");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out()).contains("hook", "failed");
    }

    @Test
    void anUnknownChannelIsBadInput() throws Exception {
        Path config = dir.resolve("guardian.yaml");
        Files.writeString(config, "alerts: {channels: [{name: ops-log, type: log}]}\n");
        CliRun run = CliRun.of("notify", "test", "--config", config.toString(), "--channel", "nope");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no channel named 'nope'");
    }
}
