/** The log channel: one slf4j line per notification, always available, the last fallback of every route. */
package com.wedsync.guardian.notify.log;
