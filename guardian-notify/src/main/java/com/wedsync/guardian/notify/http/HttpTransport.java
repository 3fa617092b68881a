package com.wedsync.guardian.notify.http;

import com.wedsync.guardian.alert.DeliveryResult;
import com.wedsync.guardian.http.BoundedBody;
import com.wedsync.guardian.http.BoundedExchange;
import com.wedsync.guardian.secret.Secret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Sends one request for one channel and turns whatever happens into a {@link DeliveryResult}: the one status
 * rule ({@link DeliveryResult#classify(int)}), Retry-After honoured, failures to connect or read retryable.
 * A detail never holds the URL nor an exception's own message (both may carry a secret), and a vendor's
 * echo of a secret is masked.
 */
public final class HttpTransport {

    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);
    private static final int BODY_IN_DETAIL = 200;
    /** A vendor's answer kept for the detail: far more than {@link #BODY_IN_DETAIL} characters, whatever the encoding. */
    static final int BODY_KEPT = 4096;
    /**
     * The most of a vendor's answer read before the exchange is cancelled. Every vendor's documented answer is a
     * few hundred bytes (docs/vendors.md); reading a modest answer to its end lets the connection be reused.
     */
    static final int BODY_READ = 64 * 1024;

    private final String channel;
    private final HttpClient client;
    private final HttpTimeouts timeouts;
    private final Clock clock;
    private final List<Secret> secrets;
    /** At least the longest spelling of any secret (form-encoded, 3 characters a byte at most): what a cut answer's tail may hide. */
    private final int longestSecret;

    public HttpTransport(String channel, HttpTimeouts timeouts, Clock clock, List<Secret> secrets) {
        this.channel = channel;
        this.timeouts = timeouts;
        this.clock = clock;
        this.secrets = List.copyOf(secrets);
        this.longestSecret = this.secrets.stream()
                .mapToInt(s -> 3 * s.reveal().getBytes(StandardCharsets.UTF_8).length).max().orElse(0);
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeouts.connect())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public HttpTimeouts timeouts() {
        return timeouts;
    }

    /**
     * Builds the request, sends it and classifies the answer. The read time-out is a deadline for the whole answer,
     * its body included, and the body is read to at most {@link #BODY_READ} bytes: a vendor that answers without end
     * or a byte at a time is cut off and the send is retryable, so it never holds the dispatcher. Never throws: a
     * request that cannot be built or sent (a malformed URL, header or body) is a permanent failure, since
     * retrying cannot help, its detail naming {@code what} was being built and the exception's type only.
     */
    public DeliveryResult send(String what, Supplier<HttpRequest.Builder> request) {
        HttpResponse<byte[]> response;
        AtomicInteger answered = new AtomicInteger();
        try {
            response = BoundedExchange.send(client, request.get().timeout(timeouts.read()).build(), info -> {
                answered.set(info.statusCode());
                return BoundedBody.head(BODY_KEPT, BODY_READ);
            }, timeouts.read());
        } catch (BoundedExchange.IncompleteBody e) {
            return failed("HTTP " + e.status() + " but no complete answer within " + timeouts.read().toMillis() + " ms");
        } catch (BoundedBody.TooLarge e) {
            return failed("HTTP " + answered.get() + " but its answer ran past " + BODY_READ / 1024 + " KB; cut off");
        } catch (HttpConnectTimeoutException e) {
            return failed("connect timed out after " + timeouts.connect().toMillis() + " ms");
        } catch (HttpTimeoutException e) {
            return failed("no answer within " + timeouts.read().toMillis() + " ms");
        } catch (ConnectException e) {
            return failed("connection refused or unreachable");
        } catch (IOException e) {
            return failed("I/O error (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed("interrupted");
        } catch (RuntimeException e) {
            DeliveryResult r = DeliveryResult.permanent(0, what + " could not be built (" + e.getClass().getSimpleName() + ")");
            log(r);
            return r;
        }
        int status = response.statusCode();
        String detail = "HTTP " + status + bodySnippet(response.body());
        DeliveryResult r = switch (DeliveryResult.classify(status)) {
            case DELIVERED -> DeliveryResult.delivered(status, detail);
            case RETRYABLE -> DeliveryResult.retryable(status,
                    RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock.instant())
                            .orElse(null), detail);
            case PERMANENT -> DeliveryResult.permanent(status, detail);
        };
        log(r);
        return r;
    }

    private DeliveryResult failed(String detail) {
        DeliveryResult r = DeliveryResult.retryable(0, null, detail);
        log(r);
        return r;
    }

    /**
     * ": " and the start of the vendor's answer, its secrets masked, or "" for an empty answer. Masked before it is
     * shortened, so a secret that straddles the cut is still masked whole; when the answer went on past what was
     * kept, the kept text's last bytes are dropped, since a secret cut there could not be recognised.
     */
    private String bodySnippet(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (body.length >= BODY_KEPT) {
            text = text.substring(0, Math.max(0, text.length() - longestSecret));
        }
        String s = redact(text).strip().replaceAll("\\s+", " ");
        if (s.isEmpty()) {
            return "";
        }
        return ": " + (s.length() > BODY_IN_DETAIL ? s.substring(0, BODY_IN_DETAIL) + "..." : s);
    }

    /** Masks every secret of this channel in {@code text}. */
    private String redact(String text) {
        String out = text;
        for (Secret s : secrets) {
            out = s.redact(out);
        }
        return out;
    }

    private void log(DeliveryResult r) {
        if (r.delivered()) {
            LOG.debug("channel {}: {}", channel, r.detail());
        } else {
            LOG.info("channel {}: {} ({})", channel, r.detail(), r.outcome());
        }
    }

    @Override
    public String toString() {
        return "HttpTransport[" + channel + "]";
    }
}
