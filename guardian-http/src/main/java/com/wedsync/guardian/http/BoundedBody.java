package com.wedsync.guardian.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads an answer's body with a limit and cancels the download beyond it, so an endless or huge answer costs at
 * most the bytes kept in memory and the bytes read before cancelling. Three shapes: {@link #whole} (a feed, a JSON
 * answer: all of it or {@link TooLarge}), {@link #head} (a vendor's answer: the first bytes kept for an error
 * message, the rest read and dropped, {@link TooLarge} past the read limit) and {@link #cut} (an error page: the
 * first bytes, then stop quietly). Pair it with {@link BoundedExchange}, whose deadline covers a body that
 * trickles in below the limit.
 */
public final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body went past the read limit; the download was cancelled. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        private final long limit;

        TooLarge(long limit) {
            super("answer larger than " + limit + " bytes; cut off", null);
            this.limit = limit;
        }

        /** The most that was to be read, in bytes. */
        public long limit() {
            return limit;
        }
    }

    private final long keep;
    private final long limit;
    private final boolean failBeyondLimit;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private long read;
    private Flow.Subscription subscription;

    private BoundedBody(long keep, long limit, boolean failBeyondLimit) {
        if (keep < 0 || limit < keep) {
            throw new IllegalArgumentException("need 0 <= keep <= limit, but keep was " + keep + " and limit " + limit);
        }
        this.keep = keep;
        this.limit = limit;
        this.failBeyondLimit = failBeyondLimit;
    }

    /** All of a body of at most {@code max} bytes; {@link TooLarge} beyond. */
    public static BoundedBody whole(long max) {
        return new BoundedBody(max, max, true);
    }

    /** The first {@code keep} bytes of a body, the rest read and dropped; {@link TooLarge} past {@code readAtMost}. */
    public static BoundedBody head(int keep, long readAtMost) {
        return new BoundedBody(keep, readAtMost, true);
    }

    /** The first {@code keep} bytes of a body; the download stops quietly there (an error page: its status says it). */
    public static BoundedBody cut(int keep) {
        return new BoundedBody(keep, keep, false);
    }

    /** Bytes read so far, kept or not. */
    public synchronized long read() {
        return read;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public synchronized void onSubscribe(Flow.Subscription s) {
        this.subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : buffers) {
            int n = b.remaining();
            if (read + n > limit) {
                subscription.cancel();
                if (failBeyondLimit) {
                    result.completeExceptionally(new TooLarge(limit));
                } else {
                    take(b, (int) (limit - read));
                    read = limit;
                    result.complete(kept.toByteArray());
                }
                return;
            }
            read += n;
            take(b, (int) Math.min(n, keep - kept.size()));
        }
    }

    private void take(ByteBuffer b, int n) {
        if (n > 0) {
            byte[] chunk = new byte[n];
            b.get(chunk);
            kept.write(chunk, 0, n);
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public synchronized void onComplete() {
        result.complete(kept.toByteArray());
    }
}
