/** Judging a pool's health from its recent snapshots: a pure function of snapshots, thresholds and a clock reading. */
package com.wedsync.guardian.health;
