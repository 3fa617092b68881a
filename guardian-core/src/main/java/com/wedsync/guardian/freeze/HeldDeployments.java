package com.wedsync.guardian.freeze;

import java.time.Instant;
import java.util.List;

/** Where held deployments wait; the guardian's store keeps them across a restart. */
public interface HeldDeployments {

    /** Saves {@code h}, replacing one with the same id. */
    void save(HeldDeployment h);

    /** Those whose {@code until} is at or before {@code now}, oldest first, at most {@code limit}. */
    List<HeldDeployment> due(Instant now, int limit);

    void remove(String id);
}
