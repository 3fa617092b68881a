/** Text from outside, made safe to print: one escaping rule for logs, the console and the CLI. */
package com.wedsync.guardian.text;
