package com.wedsync.guardian.freeze;

import java.time.Instant;
import java.util.List;

/** A stretch [start, end) during which deploys to gated environments are frozen, with the reasons at its start. */
public record FreezePeriod(Instant start, Instant end, List<String> reasons) {

    public FreezePeriod {
        reasons = List.copyOf(reasons);
    }
}
