/** The composition root: config, wiring, scheduler, HTTP API, CLI and the demo. Only this module knows every other. */
package com.wedsync.guardian.app;
