package com.wedsync.guardian.bench.scenario;

/**
 * What one sizing policy achieved on the scenario's load. {@code notIssued}: arrivals the load driver could not
 * start because all its 600 request threads were busy (waiting on the pool); not in {@code requests}, and a
 * result with any is suspect.
 */
public record PolicyResult(String policy, long timeouts, double p99WaitMs, double connectionSeconds, int maxConnections,
                           int budgetViolations, int actions, int blockedActions, long requests, long notIssued) {
}
