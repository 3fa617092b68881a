package com.wedsync.guardian.app.runtime;

import com.wedsync.guardian.alert.Outbox;
import com.wedsync.guardian.alert.group.SendClaims;
import com.wedsync.guardian.alert.pipeline.AlertDesk;
import com.wedsync.guardian.app.config.AlertsSettings;
import com.wedsync.guardian.loop.Loop;
import com.wedsync.guardian.loop.Loops;
import com.wedsync.guardian.metrics.readings.GuardianEvents;
import com.wedsync.guardian.notify.ChannelEnvironment;
import com.wedsync.guardian.notify.ChannelFactory;
import com.wedsync.guardian.notify.MetricsHistory;
import com.wedsync.guardian.notify.dispatch.ClaimLease;
import com.wedsync.guardian.notify.dispatch.OutboxDispatcher;
import com.wedsync.guardian.notify.resilience.ResilienceConfig;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * The alert side of a guardian: the desk that decides (core), the outbox that remembers, and the dispatcher
 * that delivers through the channels with retries, circuit breakers and failover (guardian-notify).
 */
public final class Alerting implements AutoCloseable {

    /** How often the dispatcher looks for due notifications when nothing woke it. */
    private static final Duration DISPATCH_POLL = Duration.ofMillis(200);

    private final AlertDesk desk;
    private final OutboxDispatcher dispatcher;
    private final Loop loop;

    private Alerting(AlertDesk desk, OutboxDispatcher dispatcher, Loop loop) {
        this.desk = desk;
        this.dispatcher = dispatcher;
        this.loop = loop;
    }

    /**
     * @param clock        the delivery's clock: retries, leases, the vendors' rate limits (real seconds)
     * @param venueTime    whether the desk's ticks run on another clock than {@code clock} (the demo's)
     * @param loops        where the dispatcher's loop is registered, for /healthz
     * @param claims       who says what the desk decides: all of it alone, the fleet's store in a fleet
     */
    static Alerting assemble(AlertsSettings settings, Outbox outbox, Clock clock, boolean venueTime,
                             MetricsHistory history, GuardianEvents events, Loops loops, SendClaims claims) {
        var channels = ChannelFactory.createAll(settings.channels(), new ChannelEnvironment(clock, history));
        AlertDesk desk = new AlertDesk(settings.pipeline(), venueTime ? new DeliveryClockOutbox(outbox, clock) : outbox, claims);
        OutboxDispatcher dispatcher = new OutboxDispatcher(outbox, channels, ResilienceConfig.DEFAULT, clock, 100,
                outcome -> events.recordAlertSent(outcome.channel(), outcome.status().name().toLowerCase(Locale.ROOT)),
                ClaimLease.unique(settings.pipeline().instance(), settings.outboxLease()));
        // A pass makes up to a batch of attempts, each bounded by its claim's lease.
        Duration stallAfter = settings.outboxLease().compareTo(Duration.ofMinutes(5)) > 0
                ? settings.outboxLease() : Duration.ofMinutes(5);
        return new Alerting(desk, dispatcher, loops.register("outbox-dispatcher", stallAfter));
    }

    void start() {
        dispatcher.start(DISPATCH_POLL, loop);
    }

    public AlertDesk desk() {
        return desk;
    }

    public OutboxDispatcher dispatcher() {
        return dispatcher;
    }

    @Override
    public void close() {
        dispatcher.close();
    }
}
