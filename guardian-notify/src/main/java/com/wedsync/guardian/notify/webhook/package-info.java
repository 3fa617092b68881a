/** A generic JSON webhook: the whole notification as a small, versioned JSON document. */
package com.wedsync.guardian.notify.webhook;
