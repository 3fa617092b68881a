package com.wedsync.guardian.app.runtime;

/** One step of a tick. Stages run in the order {@link Guardian} assembles them, each reading what earlier ones wrote. */
@FunctionalInterface
interface TickStage {

    void run(TickState tick);
}
