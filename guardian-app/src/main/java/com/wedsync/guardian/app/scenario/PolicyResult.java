package com.wedsync.guardian.app.scenario;

/** What one sizing policy achieved on the scenario's load. */
public record PolicyResult(String policy, long timeouts, double p99WaitMs, double connectionSeconds, int maxConnections,
                           int budgetViolations, int actions, int blockedActions, long requests) {
}
