package com.wedsync.guardian.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One request to another server, with a deadline for the whole exchange: connecting, the answer's headers and its
 * body. The JDK's own request time-out ends when the headers arrive, so a server that then trickles its body a byte
 * at a time would hold the caller's thread for as long as it likes; here the exchange is cancelled at the deadline
 * (the connection closed) and the caller gets {@link IncompleteBody}. The body is read by a {@link BoundedBody},
 * chosen from the answer's status and headers, so it is bounded in size as well as in time.
 */
public final class BoundedExchange {

    /** The headers came within the deadline, the whole body did not. */
    public static final class IncompleteBody extends HttpTimeoutException {
        private static final long serialVersionUID = 1L;
        private final int status;

        IncompleteBody(int status, Duration deadline) {
            super("HTTP " + status + " answered but its body was not complete within " + deadline.toMillis() + " ms");
            this.status = status;
        }

        /** The status the answer's headers gave. */
        public int status() {
            return status;
        }
    }

    private BoundedExchange() {
    }

    /**
     * Sends {@code request} and waits at most {@code deadline} for the whole answer.
     *
     * @param body the body's reader for an answer's status and headers
     * @throws IncompleteBody when the headers came but the body did not finish in time
     * @throws HttpTimeoutException when no headers came in time ({@link java.net.http.HttpConnectTimeoutException}
     *                              when the connection itself could not be made)
     * @throws BoundedBody.TooLarge when the body went past its reader's limit
     * @throws IOException for any other failure to send or read, the JDK's own exception
     */
    public static HttpResponse<byte[]> send(HttpClient client, HttpRequest request,
                                            Function<HttpResponse.ResponseInfo, BoundedBody> body, Duration deadline)
            throws IOException, InterruptedException {
        AtomicInteger status = new AtomicInteger();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> {
            status.set(info.statusCode());
            return body.apply(info);
        });
        try {
            return future.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            int seen = status.get();
            throw seen == 0 ? new HttpTimeoutException("no answer within " + deadline.toMillis() + " ms")
                    : new IncompleteBody(seen, deadline);
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(cause.getClass().getSimpleName(), cause);
        }
    }
}
