package com.wedsync.guardian.fleet;

import java.util.Optional;

/** Where the scaling engine finds each pool's fleet limit; {@link #NONE} for an instance that runs alone. */
@FunctionalInterface
public interface FleetLimits {

    FleetLimits NONE = pool -> Optional.empty();

    Optional<FleetLimit> limit(String pool);
}
