package com.wedsync.guardian.jdbc.fleet;

/** The fleet store could not be reached or refused a statement; the message names what was being done. */
public final class FleetStoreException extends RuntimeException {

    public FleetStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
