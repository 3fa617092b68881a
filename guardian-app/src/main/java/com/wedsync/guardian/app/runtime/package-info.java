/**
 * The running guardian: the pools it watches, one tick as a list of small stages assembled in
 * {@link com.wedsync.guardian.app.runtime.Guardian}, and the read model the API and console show.
 */
package com.wedsync.guardian.app.runtime;
