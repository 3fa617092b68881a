/**
 * Judging a pool's health from its recent snapshots: a pure function of snapshots, thresholds and a clock reading.
 * {@link com.wedsync.guardian.health.SnapshotWindow} keeps a pool's recent snapshots,
 * {@link com.wedsync.guardian.health.HealthThresholds} says when a pool stops being healthy, and
 * {@link com.wedsync.guardian.health.HealthAssessor} turns the two (and the server's view) into a
 * {@link com.wedsync.guardian.health.PoolHealth} with its reasons.
 */
package com.wedsync.guardian.health;
