/** Slack incoming webhook: a Block Kit message with a plain-text fallback, kept within Block Kit's limits. */
package com.wedsync.guardian.notify.slack;
