package com.wedsync.guardian.hikari;

import java.util.Optional;
import java.util.concurrent.ThreadFactory;

/**
 * Virtual threads for code compiled for Java 17: {@code Thread.ofVirtual().factory()} looked up once
 * by reflection, present when the running JVM is 21 or later.
 */
public final class VirtualThreads {

    /** Why there is no factory, for a message. */
    public static final String MISSING = "virtual threads need Java 21 or later, this JVM is "
            + Runtime.version().feature() + " (run it with a newer java, e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java)";

    private VirtualThreads() {
    }

    /** A factory of unstarted virtual threads; empty before Java 21. */
    public static Optional<ThreadFactory> factory() {
        if (Runtime.version().feature() < 21) {
            return Optional.empty();
        }
        try {
            Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
            return Optional.of((ThreadFactory) Class.forName("java.lang.Thread$Builder").getMethod("factory").invoke(builder));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Java " + Runtime.version() + " has no Thread.ofVirtual().factory()", e);
        }
    }
}
