/** HTTP for every channel: time-outs, the one status rule, Retry-After, and error details with secrets removed. */
package com.wedsync.guardian.notify.http;
