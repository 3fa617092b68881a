package com.wedsync.guardian.spring;

import java.util.List;
import org.springframework.boot.SpringBootVersion;

/** Each thin starter is for one Boot line: on another it stops start-up at once, naming the starter to use. */
public final class BootLine {

    private BootLine() {
    }

    /**
     * @param major   the Boot major version the calling starter is for (3 or 4)
     * @param starter the calling starter's artifact
     * @throws GuardianStartupException when the application runs another Boot line
     */
    public static void require(int major, String starter) {
        String version = SpringBootVersion.getVersion();
        if (version == null || version.startsWith(major + ".")) {
            return;
        }
        String other = version.startsWith("3.") ? "guardian-spring-boot3" : "guardian-spring-boot4";
        throw new GuardianStartupException(starter + " is for Spring Boot " + major + ".x, but this application runs"
                + " Spring Boot " + version, List.of(),
                "Depend on " + other + " instead of " + starter + " (com.wedsync.guardian:" + other + ").");
    }

    /**
     * A thin starter's condition: matches on its own line, and stops start-up at once on another (conditions are read
     * before any bean of the starter is made, so the message comes before anything else can fail).
     */
    public abstract static class Condition implements org.springframework.context.annotation.Condition {
        private final int major;
        private final String starter;

        protected Condition(int major, String starter) {
            this.major = major;
            this.starter = starter;
        }

        @Override
        public boolean matches(org.springframework.context.annotation.ConditionContext context,
                               org.springframework.core.type.AnnotatedTypeMetadata metadata) {
            require(major, starter);
            return true;
        }
    }
}
