/** The alert pipeline assembled in one place (route, inhibit, silence, group, escalate, rate-limit, outbox), its configuration, and the desk people and the API talk to. */
package com.wedsync.guardian.alert.pipeline;
