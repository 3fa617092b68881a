/**
 * Scenario benchmark of hostile inputs (issue 10, "Measure"): a real {@code guardian run} with a 256 MB heap is
 * given one hostile calendar at a time, and {@code /healthz} is timed and the heap watched throughout.
 */
package com.wedsync.guardian.bench.hostile;
