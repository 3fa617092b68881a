package com.wedsync.guardian.testing;

import java.net.http.HttpClient;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the {@link HttpClient}s this JVM makes while some code runs, with no seam in that code: the JDK numbers
 * its clients in order and prints the number ({@code jdk.internal.net.http.HttpClientImpl@1b2c3d(7)}), so two
 * probe clients around the run tell how many were made in between. Tests in one JVM run one at a time here.
 */
public final class HttpClientsMade {

    private static final Pattern ID = Pattern.compile("\\((\\d+)\\)$");

    private HttpClientsMade() {
    }

    /** How many HTTP clients {@code run} made. */
    public static long during(Runnable run) {
        long before = probe();
        run.run();
        return probe() - before - 1;
    }

    private static long probe() {
        String printed = HttpClient.newHttpClient().toString();
        Matcher m = ID.matcher(printed);
        if (!m.find()) {
            throw new AssertionError("this JDK does not number its HTTP clients: " + printed);
        }
        return Long.parseLong(m.group(1));
    }
}
