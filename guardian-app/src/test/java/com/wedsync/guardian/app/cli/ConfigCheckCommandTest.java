package com.wedsync.guardian.app.cli;

import com.wedsync.guardian.testing.HttpClientsMade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigCheckCommandTest {

    @TempDir
    Path dir;

    @Test
    void aBrokenConfigListsEveryProblemAndExitsTwoWithoutAStackTrace() throws Exception {
        Path file = dir.resolve("guardian.yaml");
        Files.writeString(file, """
                tick: fast
                databases:
                  - {name: main, url: "jdbc:postgresql://postgres:hunter2@127.0.0.1:5432/test", password: "${UNSET_GUARDIAN_TEST_VAR}"}
                pools:
                  - {name: orders, jmx: "rmi://nope", poolName: HikariPool-1}
                calendars:
                  - {name: feed, url: "ftp://example.org/weddings.ics"}
                """);

        CliRun run = CliRun.of("config", "check", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("tick: must be a duration",
                "databases[0].password: environment variable UNSET_GUARDIAN_TEST_VAR is not set",
                "pools[0].jmx: must be a JMX service URL",
                "calendars[0].url: an ics calendar must be an https: or file: URL or a path");
        assertThat(run.err()).doesNotContain("Exception", "\tat ", "hunter2");
    }

    /** Issue 10, item 8: GUARDIAN_TEST_SECRET and GUARDIAN_TEST_VENDOR_URL are set by this module's surefire config. */
    @Test
    void aValueFromTheEnvironmentIsNamedByItsVariableNeverPrinted() throws Exception {
        Path file = dir.resolve("guardian.yaml");
        Files.writeString(file, """
                tick: "${GUARDIAN_TEST_SECRET}"
                http: {port: "${GUARDIAN_TEST_SECRET}"}
                alerts:
                  channels:
                    - {name: mail, type: resend, apiKey: "${GUARDIAN_TEST_SECRET}", from: "guardian@wedsync.example",
                       to: [ops@wedsync.example], baseUrl: "${GUARDIAN_TEST_VENDOR_URL}"}
                    - {name: page, type: pagerduty, routingKey: "rk-literal-CCC333", url: "ftp://events.example/rk-literal-CCC333"}
                """);

        CliRun run = CliRun.of("config", "check", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("http.port: must be a whole number, but was '${GUARDIAN_TEST_SECRET}'",
                "tick: must be a duration like 90s, 15m, 2h, 1d or PT2H, but was '${GUARDIAN_TEST_SECRET}'",
                "alerts.channels[0].baseUrl: must be an http or https URL", "alerts.channels[1].url: must be an http or https URL");
        assertThat(run.out() + run.err()).doesNotContain("tok-AAA111", "tok-BBB222", "rk-literal-CCC333", "\tat ");
    }

    @Test
    void aGoodConfigIsOk() throws Exception {
        Path file = dir.resolve("guardian.yaml");
        Files.writeString(file, """
                databases:
                  - {name: main, url: "jdbc:postgresql://127.0.0.1:5432/test", user: postgres}
                pools:
                  - {name: orders, jmx: "service:jmx:rmi:///jndi/rmi://127.0.0.1:9010/jmxrmi", poolName: HikariPool-1, database: main}
                """);

        CliRun run = CliRun.of("config", "check", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("OK");
    }

    // issue 13: config check built every notifier, and with it an HTTP client per channel, just to validate
    @Test
    void checkingEveryChannelTypeMakesNoHttpClient() throws Exception {
        Path file = dir.resolve("guardian.yaml");
        Files.writeString(file, """
                alerts:
                  channels:
                    - {name: ops-slack, type: slack, webhookUrl: "https://hooks.slack.example/services/T1/B1/abcdefghijklmnop"}
                    - {name: oncall, type: pagerduty, routingKey: 0123456789abcdef0123456789abcdef}
                    - {name: exec-sms, type: twilio, accountSid: AC0123456789abcdef0123456789abcdef, authToken: t0k3n,
                       from: "+15550001111", to: ["+15550002222"]}
                    - {name: mail, type: resend, apiKey: re_123, from: guardian@wedsync.example, to: [ops@wedsync.example]}
                    - {name: hook, type: webhook, url: "https://example.org/h"}
                    - {name: am, type: alertmanager, url: "http://127.0.0.1:9093/api/v2/alerts"}
                """);

        CliRun[] run = new CliRun[1];
        long clients = HttpClientsMade.during(() -> run[0] = CliRun.of("config", "check", file.toString()));

        assertThat(run[0].exitCode()).as(run[0].err()).isZero();
        assertThat(clients).isZero();
    }

    @Test
    void aMissingFileIsBadInput() {
        CliRun run = CliRun.of("config", "check", dir.resolve("nope.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nope.yaml", "file not found");
    }

    @Test
    void aDemoWhosePortIsTakenSaysSoWithoutAStackTrace() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("demo", "--duration", "1s", "--port", Integer.toString(taken.getLocalPort()));
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("could not start", "--port 0").doesNotContain("\tat ");
        }
    }

    @Test
    void badDemoOptionsExitTwo() {
        assertThat(CliRun.of("demo", "--duration", "soon").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("demo", "--port", "70000").exitCode()).isEqualTo(2);
        CliRun tooFast = CliRun.of("demo", "--speed", "10");
        assertThat(tooFast.exitCode()).isEqualTo(2);
        assertThat(tooFast.err()).contains("--speed must be between 0.25 and 4.0, but was 10.0");
        assertThat(CliRun.of("demo", "--speed", "fast").exitCode()).isEqualTo(2);
    }

    /** Issue 17, item 1: the README's own example config, its variables unset: each named once, with its path. */
    @Test
    void theReadmesExampleConfigNamesEachUnsetVariableOnceWithItsPathAndNoStackTrace() throws Exception {
        Path file = dir.resolve("guardian.yaml");
        Files.writeString(file, readmeExampleConfig());

        CliRun run = CliRun.of("config", "check", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("calendars[0].url: environment variable GOOGLE_ICS_URL is not set",
                "calendars[1].url: environment variable OUTLOOK_ICS_URL is not set",
                "alerts.channels[0].webhookUrl: environment variable SLACK_WEBHOOK_URL is not set",
                "metrics.otlp.headers.api-key: environment variable NEW_RELIC_LICENSE_KEY is not set");
        assertThat(run.err()).doesNotContain("Exception", "\tat ", "is required", "must not be empty");
        for (String variable : java.util.List.of("GOOGLE_ICS_URL", "SLACK_WEBHOOK_URL", "NEW_RELIC_LICENSE_KEY",
                "TWILIO_AUTH_TOKEN", "RESEND_API_KEY")) {
            assertThat(run.err().split(variable, -1)).as(variable + " reported once").hasSize(2);
        }
    }

    /** Issue 17, item 1: the demo reads only metrics: and alerts:, so an unset calendar variable is none of its business. */
    @Test
    void theDemoTakesAConfigWhoseCalendarVariablesAreUnset() throws Exception {
        Path file = dir.resolve("guardian.yaml");
        Files.writeString(file, """
                calendars:
                  - {name: google, type: ics, url: "${GOOGLE_ICS_URL_UNSET_IN_TESTS}", pollInterval: 5m}
                store: {url: "jdbc:postgresql://db1:5432/wedsync", password: "${STORE_PASSWORD_UNSET_IN_TESTS}"}
                metrics:
                  prometheus: {enabled: true}
                alerts:
                  channels: [{name: ops-log, type: log}]
                """);

        CliRun run = CliRun.of("demo", "--config", file.toString(), "--port", "0", "--plain", "--no-operator",
                "--duration", "1s");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("GOOGLE_ICS_URL_UNSET_IN_TESTS", "\tat ");
    }

    /** Issue 17, item 13: a value picocli cannot convert gets one line naming the option, not the whole usage. */
    @Test
    void aDurationThatIsNoDurationGetsOneLineNamingTheOption() {
        CliRun run = CliRun.of("demo", "--duration", "abc");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).singleElement().asString()
                .contains("--duration", "but was 'abc'", "guardian demo --help");
        assertThat(run.err()).doesNotContain("Usage:", "--speed");
    }

    /** Issue 17, item 1: a failure of the guardian itself is one line saying what to do, not its exception's text. */
    @Test
    void anUnexpectedExceptionIsOneLineWithoutItsMessageOrStackTrace() {
        picocli.CommandLine cl = GuardianCommand.commandLine();
        cl.addSubcommand("boom", new picocli.CommandLine(new Boom()));
        java.io.StringWriter err = new java.io.StringWriter();
        cl.setErr(new java.io.PrintWriter(err, true));

        int code = cl.execute("boom");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip().lines()).singleElement().asString()
                .contains("guardian boom failed: an internal error (NullPointerException)", "GUARDIAN_LOG_LEVEL=DEBUG");
        assertThat(err.toString()).doesNotContain("Cannot invoke", "\tat ");
    }

    @picocli.CommandLine.Command(name = "boom")
    static final class Boom implements Runnable {
        @Override
        public void run() {
            String nothing = null;
            nothing.length();
        }
    }

    /** The first yaml block of the README's "Configuration reference". */
    static String readmeExampleConfig() throws java.io.IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int section = readme.indexOf("## Configuration reference");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }
}
