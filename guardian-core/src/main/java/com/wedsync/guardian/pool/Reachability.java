package com.wedsync.guardian.pool;

/** Whether the probe could read the pool at all. */
public enum Reachability {
    /** The pool answered; the numbers are real. */
    REACHABLE,
    /** The pool (or the database behind it) was reached and is down. */
    DOWN,
    /** The probe could not reach the pool (a lost JMX connection, say): nothing is known. */
    UNKNOWN
}
