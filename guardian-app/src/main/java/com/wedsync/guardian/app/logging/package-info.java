/** How the guardian's own log lines are written: the message escaped, whatever text it carries. */
package com.wedsync.guardian.app.logging;
