/** Human durations ({@code 500ms}, {@code 10s}, {@code 5m}, {@code 2h}, {@code 1d}, ISO-8601), read the same way by config, CLI and API. */
package com.wedsync.guardian.time;
