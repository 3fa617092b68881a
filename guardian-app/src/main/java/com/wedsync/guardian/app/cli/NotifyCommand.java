package com.wedsync.guardian.app.cli;

import com.wedsync.guardian.app.config.ConfigLoader;
import com.wedsync.guardian.app.config.ConfigProblems;
import com.wedsync.guardian.app.config.GuardianConfig;
import com.wedsync.guardian.app.http.Json;
import com.wedsync.guardian.app.notifytest.ChannelReport;
import com.wedsync.guardian.app.notifytest.SyntheticAlertRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code guardian notify test}: a synthetic alert through the whole pipeline, a line per channel. */
@Command(name = "notify", description = "Alert channels.", subcommands = NotifyCommand.Test.class)
public final class NotifyCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "test", description = {"Send a synthetic alert through routing, the outbox and each channel.",
            "Exit 0 only when every selected channel delivered."})
    static final class Test implements Callable<Integer> {

        @Option(names = "--config", required = true, paramLabel = "FILE", description = "guardian.yaml")
        Path config;

        @Option(names = "--channel", paramLabel = "NAME", description = "test this channel only")
        String channel;

        @Option(names = "--severity", defaultValue = "critical", description = "info, warning or critical (default ${DEFAULT-VALUE})")
        String severity;

        @Option(names = "--criticality", defaultValue = "5", description = "1 to 5 (default ${DEFAULT-VALUE})")
        int criticality;

        @Option(names = "--timeout", defaultValue = "30s", converter = DurationConverter.class,
                description = "give up retrying after this long (default ${DEFAULT-VALUE})")
        Duration timeout;

        @Option(names = "--json", description = "print JSON")
        boolean json;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            String sev = severity.toLowerCase(Locale.ROOT);
            if (!List.of("info", "warning", "critical").contains(sev)) {
                err.println("--severity must be info, warning or critical, but was '" + severity + "'");
                return GuardianCommand.EXIT_BAD_INPUT;
            }
            if (criticality < 1 || criticality > 5) {
                err.println("--criticality must be between 1 and 5, but was " + criticality);
                return GuardianCommand.EXIT_BAD_INPUT;
            }
            GuardianConfig checked;
            try {
                checked = ConfigLoader.withSystemEnvironment().load(config);
            } catch (ConfigProblems.InvalidConfigException e) {
                err.println(e.getMessage());
                return GuardianCommand.EXIT_BAD_INPUT;
            }
            if (channel != null && checked.alerts().channels().stream().noneMatch(c -> c.name().equals(channel))) {
                err.println("--channel: no channel named '" + channel + "' in " + config);
                return GuardianCommand.EXIT_BAD_INPUT;
            }
            List<ChannelReport> reports = new SyntheticAlertRun(checked.alerts(), Clock.systemUTC(), timeout)
                    .send(channel, sev, criticality);
            print(reports);
            boolean allDelivered = reports.stream().filter(r -> !r.status().equals(ChannelReport.SKIPPED))
                    .allMatch(r -> r.status().equals(ChannelReport.DELIVERED))
                    && reports.stream().anyMatch(r -> r.status().equals(ChannelReport.DELIVERED));
            return allDelivered ? 0 : 1;
        }

        private void print(List<ChannelReport> reports) {
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(Map.of("channels", reports)));
                return;
            }
            out.printf("%-16s %-10s %8s  %s%n", "channel", "status", "attempts", "detail");
            for (ChannelReport r : reports) {
                out.printf("%-16s %-10s %8d  %s%n", r.channel(), r.status(), r.attempts(), r.detail());
            }
        }
    }
}
