package com.wedsync.guardian.calendar.feed;

import com.wedsync.guardian.calendar.CalendarReadException;
import com.wedsync.guardian.http.BoundedBody;
import com.wedsync.guardian.http.BoundedExchange;
import com.wedsync.guardian.secret.Redactor;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GETs a feed with {@code If-None-Match} / {@code If-Modified-Since}, a connect time-out, a read
 * time-out that covers the whole answer (an endless trickle cannot hold a refresh), and a size limit.
 * {@code https:} always; {@code http:} only to a loopback host (local tests and sidecars), since a
 * feed's address is its secret and must not cross a network in clear. Redirects are followed here, not by
 * the HTTP client, so every hop is held to the same rule (and an {@code https:} feed never to {@code http:}).
 */
public final class FeedFetcher {

    /** How much of an error page is read: enough to close the exchange, never the whole page. */
    private static final int ERROR_BODY_BYTES = 4096;
    /** As many hops as the JDK client itself follows. */
    static final int MAX_REDIRECTS = 5;
    private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([\\w.:-]+)\"?");

    private final HttpClient client;
    private final Duration readTimeout;
    private final long maxBytes;

    public FeedFetcher(Duration connectTimeout, Duration readTimeout, long maxBytes) {
        this(HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build(), readTimeout, maxBytes);
    }

    FeedFetcher(HttpClient client, Duration readTimeout, long maxBytes) {
        this.client = client;
        this.readTimeout = readTimeout;
        this.maxBytes = maxBytes;
    }

    /** "calendar 'uk' (https://host/…/basic.ics)"; the location once when it is the source's name (a CLI SOURCE). */
    private static String where(URI uri, String source) {
        String location = Redactor.location(uri.toString());
        return "calendar '" + source + "'" + (source.equals(location) ? "" : " (" + location + ")");
    }

    /** Refuses a scheme or host the guardian does not fetch from, with the reason. */
    public static void checkFetchable(URI uri, String source) throws CalendarReadException {
        if (!fetchable(uri)) {
            throw new CalendarReadException(where(uri, source) + ": only https: feeds are fetched (http: only on a loopback host)");
        }
    }

    private static boolean fetchable(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("https") || scheme.equals("http") && isLoopback(uri.getHost());
    }

    public FetchResult fetch(URI uri, String source, String etag, String lastModified) throws CalendarReadException {
        checkFetchable(uri, source);
        String where = where(uri, source);
        URI at = uri;
        for (int hop = 0; ; hop++) {
            HttpResponse<byte[]> response = send(at, where, etag, lastModified);
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("Location");
            if (!isRedirect(status) || location.isEmpty()) {
                return result(response, where, etag, lastModified);
            }
            if (hop == MAX_REDIRECTS) {
                throw new CalendarReadException(where + ": more than " + MAX_REDIRECTS + " redirects");
            }
            at = nextHop(uri, at, location.get(), where);
        }
    }

    /** The redirect's target, if the first URL's rule allows it: https: anywhere (only https: after https:), http: on loopback. */
    private static URI nextHop(URI first, URI at, String location, String where) throws CalendarReadException {
        URI next;
        try {
            next = at.resolve(location.trim());
        } catch (IllegalArgumentException e) {
            throw new CalendarReadException(where + ": redirected to an address that is not a URL");
        }
        boolean downgrade = "https".equalsIgnoreCase(first.getScheme()) && !"https".equalsIgnoreCase(next.getScheme());
        if (downgrade || !fetchable(next)) {
            throw new CalendarReadException(where + ": redirected to " + Redactor.location(next.toString())
                    + ", which is refused (only https:, or http: on a loopback host; never https: to http:)");
        }
        return next;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private HttpResponse<byte[]> send(URI uri, String where, String etag, String lastModified)
            throws CalendarReadException {
        HttpRequest.Builder req = HttpRequest.newBuilder(uri).GET().timeout(readTimeout)
                .header("Accept", "text/calendar, */*;q=0.5")
                .header("User-Agent", "wedsync-pool-guardian");
        if (etag != null) {
            req.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            req.header("If-Modified-Since", lastModified);
        }
        try {
            return BoundedExchange.send(client, req.build(), info -> {
                long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (info.statusCode() == 200 && declared > maxBytes) {
                    return BoundedBody.whole(0);
                }
                return info.statusCode() == 200 ? BoundedBody.whole(maxBytes) : BoundedBody.cut(ERROR_BODY_BYTES);
            }, readTimeout);
        } catch (BoundedExchange.IncompleteBody e) {
            throw new CalendarReadException(where + ": no complete answer within " + readTimeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CalendarReadException(where + ": interrupted");
        } catch (IOException e) {
            throw failure(where, e);
        }
    }

    private FetchResult result(HttpResponse<byte[]> response, String where, String etag, String lastModified)
            throws CalendarReadException {
        int status = response.statusCode();
        String newEtag = response.headers().firstValue("ETag").orElse(etag);
        String newLastModified = response.headers().firstValue("Last-Modified").orElse(lastModified);
        if (status == 304) {
            return FetchResult.notModified(newEtag, newLastModified);
        }
        if (status != 200) {
            throw new CalendarReadException(where + ": HTTP " + status + (status == 404 || status == 410
                    ? " (the address may have been reset; publish it again)" : ""));
        }
        Charset charset = charset(response.headers().firstValue("Content-Type").orElse(""));
        return new FetchResult(false, new String(response.body(), charset), newEtag, newLastModified);
    }

    private CalendarReadException failure(String where, IOException cause) {
        if (cause instanceof BoundedBody.TooLarge) {
            return new CalendarReadException(where + ": feed is larger than " + (maxBytes / (1024 * 1024))
                    + " MB; refused");
        }
        if (cause instanceof java.net.http.HttpConnectTimeoutException) {
            return new CalendarReadException(where + ": could not connect in time");
        }
        if (cause instanceof java.net.http.HttpTimeoutException) {
            return new CalendarReadException(where + ": no answer within " + readTimeout.toSeconds() + " s");
        }
        if (cause instanceof java.net.ConnectException) {
            return new CalendarReadException(where + ": connection refused");
        }
        String msg = cause.getMessage();
        return new CalendarReadException(where + ": " + (msg == null ? cause.getClass().getSimpleName()
                : msg.replace(where, "")));
    }

    private static Charset charset(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Only literal addresses are checked: a name is never resolved just to decide this.
        if (!host.matches("[0-9.]+") && !host.startsWith("[")) {
            return false;
        }
        try {
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
