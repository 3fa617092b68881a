package com.wedsync.guardian.calendar.feed;

/**
 * A feed's answer: 304 Not Modified, or a body with the validators to send next time.
 *
 * @param body null when not modified
 */
public record FetchResult(boolean notModified, String body, String etag, String lastModified) {

    public static FetchResult notModified(String etag, String lastModified) {
        return new FetchResult(true, null, etag, lastModified);
    }
}
