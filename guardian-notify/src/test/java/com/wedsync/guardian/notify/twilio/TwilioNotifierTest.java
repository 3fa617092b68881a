package com.wedsync.guardian.notify.twilio;

import com.wedsync.guardian.alert.Notifier;
import com.wedsync.guardian.notify.http.HttpTimeouts;
import com.wedsync.guardian.notify.testing.Alerts;
import com.wedsync.guardian.notify.testing.NotifierContractTest;
import com.wedsync.guardian.secret.Secret;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TwilioNotifierTest extends NotifierContractTest {

    private static final String SID = "AC0123456789abcdef0123456789abcdef";
    private static final String TOKEN = "tw1l1oAuthT0kenSecret";
    private static final String FROM = "+15550001111";
    private static final List<String> TO = List.of("+15550002222", "+447700900123");

    @Override
    protected Notifier notifier(String baseUrl, HttpTimeouts timeouts, Clock clock) {
        TwilioConfig.Builder b = TwilioConfig.builder().accountSid(Secret.of(SID)).authToken(Secret.of(TOKEN))
                .from(Secret.of(FROM)).baseUrl(baseUrl).timeouts(timeouts);
        TO.forEach(n -> b.addTo(Secret.of(n)));
        return new TwilioNotifier("exec-sms", b.build(), clock);
    }

    @Override
    protected List<String> secrets() {
        return List.of(SID, TOKEN, FROM, TO.get(0), TO.get(1), FROM.substring(1), TO.get(0).substring(1),
                Base64.getEncoder().encodeToString((SID + ":" + TOKEN).getBytes(StandardCharsets.UTF_8)));
    }

    static Map<String, String> form(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String kv : body.split("&")) {
            String[] p = kv.split("=", 2);
            out.put(URLDecoder.decode(p[0], StandardCharsets.UTF_8), URLDecoder.decode(p[1], StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void oneFormEncodedRequestPerRecipientWithBasicAuth() {
        server.respond(201);
        assertThat(notifier(server.baseUrl(), FAST, clock).deliver(Alerts.trigger(Alerts.weddingSaturation()))
                .delivered()).isTrue();

        assertThat(server.requests()).hasSize(2);
        assertThat(server.requests()).extracting(r -> form(r.body()).get("To")).containsExactlyElementsOf(TO);
        var first = server.requests().get(0);
        assertThat(first.path()).isEqualTo("/2010-04-01/Accounts/" + SID + "/Messages.json");
        assertThat(first.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(first.header("Authorization")).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString((SID + ":" + TOKEN).getBytes(StandardCharsets.UTF_8)));
        String body = form(first.body()).get("Body");
        assertThat(form(first.body()).get("From")).isEqualTo(FROM);
        assertThat(body).startsWith("[CRITICAL] orders: saturation\nLoad 98% (46/47), 12 threads waiting, wait p99 850 ms,"
                        + " 3 timeouts in 30 s, rising: 9 more connections wanted than 30 s ago.")
                .contains("3 weddings live, 348 guests at risk");
        assertThat(body.length()).isLessThan(480);
        assertThat(body.chars().allMatch(c -> c == '\n' || (c >= 32 && c < 127))).isTrue();
    }

    /** Issue 16: the all-clear says how long it lasted and the figures at resolution; none is "n/a". */
    @Test
    void theAllClearSaysHowLongItLastedAndTheFiguresNow() {
        server.respond(201);
        notifier(server.baseUrl(), FAST, clock).deliver(Alerts.resolve(Alerts.weddingSaturation()));
        notifier(server.baseUrl(), FAST, clock).deliver(Alerts.trigger(Alerts.quietWarning()));

        assertThat(form(server.requests().get(0).body()).get("Body"))
                .startsWith("[RESOLVED] orders: saturation\nAll clear. Lasted 1 min 30 s, load 98% (46/47)");
        assertThat(server.requests()).extracting(r -> form(r.body()).get("Body")).noneMatch(b -> b.contains("n/a"));
    }

    @Test
    void aHostileAlertStaysUnderSixteenHundredCharacters() {
        server.respond(201);
        notifier(server.baseUrl(), FAST, clock).deliver(Alerts.trigger(Alerts.hostile()));

        assertThat(form(server.requests().get(0).body()).get("Body").length()).isLessThanOrEqualTo(1600);
    }

    @Test
    void stopsAtTheFirstRecipientThatFailsAndSaysWhichWithoutTheNumber() {
        server.respond(r -> new com.wedsync.guardian.notify.testing.LoopbackServer.Response(
                form(r.body()).get("To").equals(TO.get(1)) ? 503 : 201, Map.of(), ""));

        var result = notifier(server.baseUrl(), FAST, clock).deliver(Alerts.trigger(Alerts.weddingSaturation()));

        assertThat(result.outcome()).isEqualTo(com.wedsync.guardian.alert.DeliveryResult.Outcome.RETRYABLE);
        assertThat(result.detail()).startsWith("recipient 2 of 2: HTTP 503").doesNotContain(TO.get(1));
        assertThat(result.reached()).as("the first recipient, by key").singleElement()
                .satisfies(key -> assertThat(TO).noneMatch(key::contains));
    }

    @Test
    void aNumberTheVendorRefusesForGoodDoesNotKeepTheOthersFromThePage() {
        server.respond(r -> new com.wedsync.guardian.notify.testing.LoopbackServer.Response(
                form(r.body()).get("To").equals(TO.get(0)) ? 400 : 201, Map.of(), "{\"code\": 21211}"));

        var result = notifier(server.baseUrl(), FAST, clock).deliver(Alerts.trigger(Alerts.weddingSaturation()));

        assertThat(server.requests()).extracting(r -> form(r.body()).get("To")).containsExactlyElementsOf(TO);
        assertThat(result.outcome()).as("failed for good, so the route's next channel takes it")
                .isEqualTo(com.wedsync.guardian.alert.DeliveryResult.Outcome.PERMANENT);
        assertThat(result.detail()).startsWith("recipient 1 of 2: HTTP 400").contains("1 other(s) reached")
                .doesNotContain(TO.get(0)).doesNotContain(TO.get(1));
        assertThat(result.reached()).hasSize(1);
    }

    @Test
    void numbersMustBeE164AndTheErrorNamesThePositionNotTheNumber() {
        assertThatThrownBy(() -> TwilioConfig.builder().addTo(Secret.of("+1555")))
                .hasMessage("to[0] must be E.164 (+ and 8 to 15 digits)");
        assertThatThrownBy(() -> TwilioConfig.builder().from(Secret.of("5550001111")))
                .hasMessage("from must be E.164 (+ and 8 to 15 digits)");
        assertThat(TwilioConfig.isE164("+1234567890123456")).isFalse();
        assertThat(TwilioConfig.isE164("+12345678")).isTrue();
    }
}
