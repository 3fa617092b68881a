/** PagerDuty Events API v2: trigger, acknowledge and resolve under one stable dedup_key. */
package com.wedsync.guardian.notify.pagerduty;
