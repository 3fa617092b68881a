package com.wedsync.guardian.calendar.feed;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a body up to a limit and cancels the download beyond it, so an endless or huge answer
 * costs at most {@code limit} bytes of memory.
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

    /** The body went past the limit. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(null, null, false, false);
        }
    }

    private final long limit;
    private final boolean failBeyondLimit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    /** @param failBeyondLimit false to keep only the first {@code limit} bytes and stop quietly (error pages) */
    LimitedBodySubscriber(long limit, boolean failBeyondLimit) {
        this.limit = limit;
        this.failBeyondLimit = failBeyondLimit;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        this.subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : buffers) {
            int n = b.remaining();
            if (bytes.size() + (long) n > limit) {
                subscription.cancel();
                if (failBeyondLimit) {
                    result.completeExceptionally(new TooLarge());
                } else {
                    byte[] part = new byte[(int) (limit - bytes.size())];
                    b.get(part);
                    bytes.write(part, 0, part.length);
                    result.complete(bytes.toByteArray());
                }
                return;
            }
            byte[] chunk = new byte[n];
            b.get(chunk);
            bytes.write(chunk, 0, n);
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }
}
