/**
 * The guardian's background loops (the tick, calendar polls, the outbox dispatcher): each pass runs through
 * a {@link com.wedsync.guardian.loop.Loop}, which survives any failure of one pass but running out of memory,
 * records it, and lets health checks and metrics see a loop that has stopped completing passes.
 */
package com.wedsync.guardian.loop;
