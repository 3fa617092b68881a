package com.wedsync.guardian.app.http;

import com.wedsync.guardian.text.Printable;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Serves one request: finds its route, checks the token, reads the body only for a route that takes one (at most
 * {@link ApiServer#MAX_BODY} bytes, within the read timeout, without holding a thread while it arrives), runs the
 * route on a worker and writes its JSON answer.
 */
final class ApiHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final List<Route> routes;
    private final ApiTokens tokens;
    private final Duration readTimeout;
    private final StalledConnections stalled;
    private final Executor workers;

    ApiHandler(List<Route> routes, ApiTokens tokens, Duration readTimeout, StalledConnections stalled, Executor workers) {
        this.routes = List.copyOf(routes);
        this.tokens = tokens;
        this.readTimeout = readTimeout;
        this.stalled = stalled;
        this.workers = workers;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Connection connection = request.getConnectionMetaData().getConnection();
        stalled.started(connection);
        Callback done = Callback.from(callback, () -> stalled.finished(connection));
        String method = request.getMethod();
        String rawPath = request.getHttpURI().getPath();
        boolean unreadBody = hasBody(request);
        RouteTable.Lookup found = RouteTable.find(routes, method, rawPath);
        if (found.match() == null) {
            write(response, done, found.refusal(), unreadBody);
            return true;
        }
        serve(found.match().route(), found.match().params(), request, response, done, unreadBody);
        return true;
    }

    private void serve(Route route, Map<String, String> params, Request request, Response response, Callback done,
                       boolean unreadBody) {
        Optional<String> bearer = ApiTokens.bearer(request.getHeaders().get(HttpHeader.AUTHORIZATION));
        Optional<ApiResponse> refused = tokens.refusal(route.access(), bearer);
        if (refused.isPresent()) {
            write(response, done, refused.get(), unreadBody);
            return;
        }
        String decodedPath = request.getHttpURI().getDecodedPath();
        Map<String, String> query = query(request.getHttpURI().getQuery());
        Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        request.getHeaders().forEach(f -> headers.putIfAbsent(f.getName(), f.getValue()));
        Function<String, ApiRequest> call = body -> new ApiRequest(request.getMethod(), decodedPath, params, query, body,
                bearer, headers);
        if (!route.takesBody()) {
            write(response, done, run(route, call.apply("")), unreadBody);
            return;
        }
        if (request.getLength() > ApiServer.MAX_BODY) {
            refuseTooLarge(request, response, done);
            return;
        }
        CompletableFuture<byte[]> body = Content.Source.asByteArrayAsync(request, ApiServer.MAX_BODY);
        body.orTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS).whenCompleteAsync((bytes, failure) -> {
            if (failure == null) {
                write(response, done, run(route, call.apply(new String(bytes, StandardCharsets.UTF_8))), false);
            } else {
                write(response, done, unread(failure, Request.getContentBytesRead(request)), true);
            }
        }, workers);
    }

    /** 413 for a body announced too large; one of at most {@link ApiServer#MAX_SWALLOW} is read and dropped first. */
    private void refuseTooLarge(Request request, Response response, Callback done) {
        if (request.getLength() > ApiServer.MAX_SWALLOW) {
            write(response, done, tooLarge(), true);
            return;
        }
        CompletableFuture<Void> swallowed = new CompletableFuture<>();
        Content.Source.consumeAll(request, Callback.from(() -> swallowed.complete(null), swallowed::completeExceptionally));
        swallowed.orTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .whenCompleteAsync((ignored, failure) -> write(response, done, tooLarge(), failure != null), workers);
    }

    private ApiResponse run(Route route, ApiRequest request) {
        try {
            return route.handler().apply(request);
        } catch (RuntimeException e) {
            LOG.warn("HTTP {} {} failed: {}", request.method(), Printable.escape(request.path()), e.getClass().getSimpleName());
            return ApiResponse.error(500, "internal error");
        }
    }

    /** Why a body could not be read: it took too long (408), it grew past the limit (413), or the client failed (400). */
    private ApiResponse unread(Throwable failure, long bytesRead) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof TimeoutException) {
            return ApiResponse.error(408, "request body not received within " + readTimeout.toMillis() + " ms");
        }
        if (bytesRead > ApiServer.MAX_BODY) {
            return tooLarge();
        }
        return ApiResponse.error(400, "the request body could not be read");
    }

    private static ApiResponse tooLarge() {
        return ApiResponse.error(413, "request body larger than " + ApiServer.MAX_BODY + " bytes");
    }

    /**
     * Whether the request carries a body. One left unread makes Jetty close the connection after the answer; the
     * answer then says {@code Connection: close}, so that no client sends its next request on a closing connection.
     */
    private static boolean hasBody(Request request) {
        return request.getLength() > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
    }

    private static void write(Response response, Callback done, ApiResponse answer, boolean close) {
        HttpFields.Mutable headers = response.getHeaders();
        response.setStatus(answer.status());
        headers.put(HttpHeader.CONTENT_TYPE, answer.contentType());
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        if (close) {
            headers.put(HttpHeader.CONNECTION, "close");
        }
        response.write(true, ByteBuffer.wrap(answer.body().getBytes(StandardCharsets.UTF_8)), done);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            try {
                out.put(Route.decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : Route.decode(pair.substring(eq + 1)));
            } catch (IllegalArgumentException malformed) {
                // a malformed query parameter is left out: no route reads one it does not know
            }
        }
        return out;
    }
}
