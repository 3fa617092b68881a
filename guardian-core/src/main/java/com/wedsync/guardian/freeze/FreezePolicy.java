package com.wedsync.guardian.freeze;

import com.wedsync.guardian.wedding.Criticality;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which deploys the freeze gates and how: the gated environments, the criticality at and above which a deploy is
 * frozen (protected windows always freeze), whether an environment the policy does not name may deploy, the
 * services exempt from the freeze, the extra windows, and how far ahead the next freeze is looked for.
 * Immutable; build with {@link #builder()}.
 */
public final class FreezePolicy {

    public static final Criticality DEFAULT_THRESHOLD = Criticality.HIGH;
    public static final Duration DEFAULT_LOOKAHEAD = Duration.ofDays(14);
    public static final Duration MAX_LOOKAHEAD = Duration.ofDays(60);
    /** Bounds the minute walk over the windows. */
    public static final int MAX_WINDOWS = 50;

    private final Set<String> gatedEnvironments;
    private final Criticality threshold;
    private final boolean ungatedAllowed;
    private final Set<String> exemptServices;
    private final List<FreezeWindow> windows;
    private final Duration lookahead;

    private FreezePolicy(Builder b) {
        this.gatedEnvironments = Set.copyOf(b.gatedEnvironments);
        this.threshold = b.threshold;
        this.ungatedAllowed = b.ungatedAllowed;
        this.exemptServices = Set.copyOf(b.exemptServices);
        this.windows = List.copyOf(b.windows);
        this.lookahead = b.lookahead;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Defaults: {@code production} gated at HIGH, other environments allowed, no exemptions, no windows. */
    public static FreezePolicy defaults() {
        return builder().build();
    }

    public Set<String> gatedEnvironments() {
        return gatedEnvironments;
    }

    public Criticality threshold() {
        return threshold;
    }

    public boolean ungatedAllowed() {
        return ungatedAllowed;
    }

    public Set<String> exemptServices() {
        return exemptServices;
    }

    public List<FreezeWindow> windows() {
        return windows;
    }

    public Duration lookahead() {
        return lookahead;
    }

    public static final class Builder {
        private final Set<String> gatedEnvironments = new LinkedHashSet<>();
        private Criticality threshold = DEFAULT_THRESHOLD;
        private boolean ungatedAllowed = true;
        private final Set<String> exemptServices = new LinkedHashSet<>();
        private final List<FreezeWindow> windows = new ArrayList<>();
        private Duration lookahead = DEFAULT_LOOKAHEAD;

        private Builder() {
        }

        public Builder gatedEnvironment(String environment) {
            gatedEnvironments.add(name("environment", environment));
            return this;
        }

        public Builder threshold(Criticality c) {
            this.threshold = Objects.requireNonNull(c, "threshold");
            return this;
        }

        public Builder ungatedAllowed(boolean allowed) {
            this.ungatedAllowed = allowed;
            return this;
        }

        public Builder exemptService(String service) {
            exemptServices.add(name("service", service));
            return this;
        }

        public Builder window(FreezeWindow w) {
            if (windows.size() >= MAX_WINDOWS) {
                throw new IllegalArgumentException("windows must be at most " + MAX_WINDOWS + ", but was more");
            }
            windows.add(Objects.requireNonNull(w, "window"));
            return this;
        }

        public Builder lookahead(Duration d) {
            this.lookahead = FreezeSchema.LOOKAHEAD.check(d);
            return this;
        }

        public FreezePolicy build() {
            if (gatedEnvironments.isEmpty()) {
                gatedEnvironments.add("production");
            }
            return new FreezePolicy(this);
        }

        private static String name(String field, String v) {
            if (v == null || v.isBlank() || v.length() > FreezeQuery.MAX_NAME) {
                throw new IllegalArgumentException(field + " must be 1–" + FreezeQuery.MAX_NAME
                        + " characters, but was '" + v + "'");
            }
            return v.strip();
        }
    }
}
