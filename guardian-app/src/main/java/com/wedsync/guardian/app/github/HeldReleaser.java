package com.wedsync.guardian.app.github;

import com.wedsync.guardian.loop.Loop;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Answers the held deployments whose freeze has ended, every {@link #EVERY}, as a watched loop: a bad pass never stops it. */
public final class HeldReleaser implements AutoCloseable {

    public static final Duration EVERY = Duration.ofSeconds(30);

    private final DeploymentGate gate;
    private final Loop loop;
    private ScheduledExecutorService scheduler;

    public HeldReleaser(DeploymentGate gate, Loop loop) {
        this.gate = gate;
        this.loop = loop;
    }

    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "github-held-deployments");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(() -> loop.run(gate::releaseDue), 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
