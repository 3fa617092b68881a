package com.wedsync.guardian.scaling;

/** What one tick knows that every change of it needs: its input, this pool's database budget, the overrides. */
record Step(TickInput in, DatabaseBudget budget, Overrides overrides) {
}
