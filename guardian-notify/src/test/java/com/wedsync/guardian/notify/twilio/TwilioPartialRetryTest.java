package com.wedsync.guardian.notify.twilio;

import com.wedsync.guardian.alert.Notification;
import com.wedsync.guardian.alert.NotificationAction;
import com.wedsync.guardian.jdbc.outbox.JdbcOutbox;
import com.wedsync.guardian.jdbc.store.GuardianStore;
import com.wedsync.guardian.notify.dispatch.DispatchOutcome;
import com.wedsync.guardian.notify.dispatch.DispatchListener;
import com.wedsync.guardian.notify.dispatch.OutboxDispatcher;
import com.wedsync.guardian.notify.http.HttpTimeouts;
import com.wedsync.guardian.notify.resilience.ResilienceConfig;
import com.wedsync.guardian.notify.testing.Alerts;
import com.wedsync.guardian.notify.testing.LogCapture;
import com.wedsync.guardian.notify.testing.LoopbackServer;
import com.wedsync.guardian.secret.Secret;
import com.wedsync.guardian.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static com.wedsync.guardian.notify.dispatch.DispatchOutcome.Status.DELIVERED;
import static com.wedsync.guardian.notify.dispatch.DispatchOutcome.Status.RETRY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue "a Twilio retry re-texts recipients already reached": the outbox keeps which recipients an attempt
 * reached (as keys, never numbers) and the retry texts only the others.
 */
class TwilioPartialRetryTest {

    private static final String SID = "AC0123456789abcdef0123456789abcdef";
    private static final String TOKEN = "tw1l1oAuthT0kenSecret";
    private static final String FROM = "+15550001111";
    private static final List<String> TO = List.of("+15550002222", "+447700900123", "+33612345678");

    private final LoopbackServer twilio = new LoopbackServer();
    private final GuardianStore store = GuardianStore.open("jdbc:h2:mem:sms-" + UUID.randomUUID(), "sa", "");
    private final MutableClock clock = new MutableClock(Alerts.T0);

    @AfterEach
    void close() {
        store.close();
        twilio.close();
    }

    private TwilioNotifier sms() {
        TwilioConfig.Builder b = TwilioConfig.builder().accountSid(Secret.of(SID)).authToken(Secret.of(TOKEN))
                .from(Secret.of(FROM)).baseUrl(twilio.baseUrl())
                .timeouts(new HttpTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5)));
        TO.forEach(n -> b.addTo(Secret.of(n)));
        return new TwilioNotifier("exec-sms", b.build(), clock);
    }

    @Test
    void aRetryAfterTheSecondRecipientFailedTextsOnlyTheOnesNotYetReached() throws Exception {
        Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
        AtomicInteger refusals = new AtomicInteger();
        twilio.respond(r -> {
            String to = TwilioNotifierTest.form(r.body()).get("To");
            if (to.equals(TO.get(1)) && refusals.getAndIncrement() == 0) {
                return new LoopbackServer.Response(429, Map.of("Retry-After", "3"), "{\"message\":\"Too Many Requests\"}");
            }
            accepted.computeIfAbsent(to, k -> new AtomicInteger()).incrementAndGet();
            return new LoopbackServer.Response(201, Map.of(), "{\"sid\":\"SM1\",\"to\":\"" + to + "\"}");
        });
        JdbcOutbox outbox = new JdbcOutbox(store.dataSource());
        Notification n = new Notification("page-1", "dedup-page-1", "exec-sms",
                NotificationAction.TRIGGER, Alerts.weddingSaturation(), List.of());
        List<String> printed = new ArrayList<>();
        List<DispatchOutcome> outcomes = new ArrayList<>();

        try (LogCapture logs = new LogCapture();
             OutboxDispatcher d = new OutboxDispatcher(outbox, Map.of("exec-sms", sms()), ResilienceConfig.DEFAULT,
                     clock, 10, DispatchListener.NONE)) {
            d.submit(n);
            outcomes.addAll(d.drainOnce());
            clock.set(outcomes.get(0).nextAttemptAt());
            outcomes.addAll(d.drainOnce());
            printed.addAll(logs.lines());
        }

        assertThat(outcomes).extracting(DispatchOutcome::status).containsExactly(RETRY, DELIVERED);
        assertThat(accepted).containsOnlyKeys(TO);
        assertThat(accepted.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(twilio.requests()).hasSize(4);
        assertThat(outcomes.get(0).result().detail()).startsWith("recipient 2 of 3: HTTP 429");
        assertThat(outcomes.get(0).result().reached()).hasSize(1);
        assertThat(outcomes.get(1).result().detail()).startsWith("2 SMS accepted, 1 reached by an earlier attempt");
        outcomes.forEach(o -> printed.add(o.toString()));
        printed.add(outbox.find("page-1").orElseThrow().toString());
        printed.add(storedRow());
        for (String line : printed) {
            for (String number : TO) {
                assertThat(line).as("printed text must not hold a phone number")
                        .doesNotContain(number).doesNotContain(number.substring(1));
            }
        }
    }

    /** The outbox row as the database holds it, every column. */
    private String storedRow() throws Exception {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM guardian_outbox")) {
            StringBuilder b = new StringBuilder();
            while (rs.next()) {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    b.append(rs.getString(i)).append(' ');
                }
            }
            return b.toString();
        }
    }
}
