/**
 * The scaling scenario: the runner that replays the busiest day of a calendar (the generated season of
 * guardian-calendar, or a real file or feed) against a real database under each sizing policy: static,
 * reactive (FlexyPool) and the guardian's ({@code ./guardian bench scenario}).
 */
package com.wedsync.guardian.bench.scenario;
