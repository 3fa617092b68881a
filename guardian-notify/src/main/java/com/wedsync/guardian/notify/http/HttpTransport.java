package com.wedsync.guardian.notify.http;

import com.wedsync.guardian.alert.DeliveryResult;
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
import java.time.Clock;
import java.util.List;
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

    private final String channel;
    private final HttpClient client;
    private final HttpTimeouts timeouts;
    private final Clock clock;
    private final List<Secret> secrets;

    public HttpTransport(String channel, HttpTimeouts timeouts, Clock clock, List<Secret> secrets) {
        this.channel = channel;
        this.timeouts = timeouts;
        this.clock = clock;
        this.secrets = List.copyOf(secrets);
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
     * Builds the request, sends it (its read time-out set here) and classifies the answer. Never throws: a
     * request that cannot be built or sent (a malformed URL, header or body) is a permanent failure, since
     * retrying cannot help, its detail naming {@code what} was being built and the exception's type only.
     */
    public DeliveryResult send(String what, Supplier<HttpRequest.Builder> request) {
        HttpResponse<String> response;
        try {
            response = client.send(request.get().timeout(timeouts.read()).build(), HttpResponse.BodyHandlers.ofString());
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

    private String bodySnippet(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String s = body.strip().replaceAll("\\s+", " ");
        if (s.length() > BODY_IN_DETAIL) {
            s = s.substring(0, BODY_IN_DETAIL) + "...";
        }
        return ": " + redact(s);
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
