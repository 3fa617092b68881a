/** {@code guardian notify test}: a synthetic alert through routing, the outbox and each channel, with a report per channel. */
package com.wedsync.guardian.app.notifytest;
