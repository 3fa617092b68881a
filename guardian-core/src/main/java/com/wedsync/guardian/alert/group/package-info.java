/** Grouping and de-duplication: alerts on one route with the same group-by labels become one notification, sent after group wait, updated at most every group interval, repeated only after the repeat interval. */
package com.wedsync.guardian.alert.group;
