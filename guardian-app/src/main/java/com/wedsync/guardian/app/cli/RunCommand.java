package com.wedsync.guardian.app.cli;

import com.wedsync.guardian.app.config.ConfigLoader;
import com.wedsync.guardian.app.config.ConfigProblems;
import com.wedsync.guardian.app.config.GuardianConfig;
import com.wedsync.guardian.app.runtime.Guardian;
import com.wedsync.guardian.app.service.ServiceAssembly;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code guardian run --config guardian.yaml}: the service, until it is stopped. */
@Command(name = "run", description = "Run the guardian as a service: the configured JMX pools, server views and calendars.")
public final class RunCommand implements Callable<Integer> {

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "guardian.yaml")
    Path config;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        GuardianConfig checked;
        try {
            checked = ConfigLoader.withSystemEnvironment().load(config);
        } catch (ConfigProblems.InvalidConfigException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return GuardianCommand.EXIT_BAD_INPUT;
        }
        CountDownLatch stop = new CountDownLatch(1);
        Guardian guardian;
        try {
            guardian = ServiceAssembly.from(checked, Clock.systemUTC()).start();
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("guardian could not start: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            guardian.close();
            stop.countDown();
        }, "guardian-shutdown"));
        spec.commandLine().getOut().printf("guardian running: %d pool(s), %d database(s), HTTP on %s:%d%n",
                checked.pools().size(), checked.databases().size(), checked.http().host(), guardian.httpPort());
        stop.await();
        return 0;
    }
}
