/** Escalation chains: levels reached after delays while nobody acknowledges, the executive level only when a wedding is at stake (criticality 4 or 5). */
package com.wedsync.guardian.alert.escalate;
