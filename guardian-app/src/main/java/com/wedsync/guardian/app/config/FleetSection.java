package com.wedsync.guardian.app.config;

import com.wedsync.guardian.secret.Secret;

import java.time.Duration;
import java.util.Optional;

/** {@code fleet: {enabled, lease, store}}; the fleet needs a PostgreSQL store (its leases are on the database's clock). */
final class FleetSection {

    private FleetSection() {
    }

    static FleetSettings read(ConfigNode fleet, Duration tick, GuardianConfig.StoreSettings guardianStore) {
        fleet.allowOnly("enabled", "lease", "store");
        boolean enabled = fleet.bool("enabled", false);
        Duration lease = fleet.duration("lease", tick.multipliedBy(2), Duration.ofMinutes(10), FleetSettings.defaultLease(tick));
        GuardianConfig.StoreSettings store = guardianStore;
        ConfigNode s = fleet.child("store");
        if (s.isPresent() && s.isScalar()) {
            store = new GuardianConfig.StoreSettings(fleet.string("store", ""), null, Optional.empty());
        } else if (s.isPresent()) {
            s.allowOnly("url", "user", "password");
            store = new GuardianConfig.StoreSettings(s.requiredString("url"), s.optionalString("user").orElse(null),
                    s.optionalString("password").map(Secret::of));
        }
        if (enabled && !store.url().startsWith("jdbc:postgresql:")) {
            fleet.problem(s.isPresent() ? "store" : "enabled", "the fleet needs a jdbc:postgresql: store that every instance"
                    + " shares (set fleet.store, or store, to one)");
        }
        return new FleetSettings(enabled, lease, store);
    }
}
