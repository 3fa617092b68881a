package com.wedsync.guardian.pool;

/** Changes a pool's size at runtime. Implementations live beside their pool (guardian-hikari). */
public interface PoolResizer {

    /** The pool's name. */
    String name();

    /** The size the pool is configured with now. */
    PoolSize current() throws ResizeException;

    /** Applies a new size; never leaves minIdle above max, even between the two settings. */
    void resize(PoolSize target) throws ResizeException;

    /** Asks the pool to close idle connections so that a shrink actually takes effect. */
    void softEvictIdle() throws ResizeException;

    /** A resize the pool refused or could not carry out; the message never holds a secret. */
    final class ResizeException extends Exception {
        public ResizeException(String message, Throwable cause) {
            super(message, cause);
        }

        public ResizeException(String message) {
            super(message);
        }
    }
}
