package com.wedsync.guardian.metrics.binder;

import com.wedsync.guardian.wedding.WeddingContext;
import io.micrometer.core.instrument.Tags;

/**
 * The wedding context as three low-cardinality tags (5 × 2 × 2 values at most). Never a wedding's
 * id, title or venue: those would make a series per wedding.
 */
final class ContextTags {

    private ContextTags() {
    }

    static Tags of(WeddingContext context) {
        return Tags.of(
                MeterNames.TAG_CRITICALITY, Integer.toString(context.criticality().score()),
                MeterNames.TAG_PROTECTED_WINDOW, Boolean.toString(context.protectedWindow()),
                MeterNames.TAG_PEAK_SEASON, Boolean.toString(context.peakSeason()));
    }
}
