package com.wedsync.guardian.freeze;

import com.wedsync.guardian.scaling.AuditEntry;
import com.wedsync.guardian.scaling.AuditOutcome;
import com.wedsync.guardian.scaling.OverrideFields;
import com.wedsync.guardian.scaling.OverrideScope;

import java.time.Instant;

/**
 * Break-glass for a deploy: who, why, until when, for which service and environment ({@code *} for any). It lets
 * a frozen deploy through and the decision names it; it changes nothing else.
 */
public record DeployOverride(String id, String actor, String reason, Instant createdAt, Instant expiresAt,
                             String service, String environment) {

    public static final String ANY = "*";

    public DeployOverride {
        OverrideFields.check(id, actor, reason, createdAt, expiresAt);
        OverrideFields.require("service", service);
        OverrideFields.require("environment", environment);
        actor = actor.strip();
        reason = reason.strip();
        service = service.strip();
        environment = environment.strip();
    }

    /** The audit entry of the grant: its target reads {@code service@environment}, its scope {@code deploy}. */
    public AuditEntry auditEntry() {
        return new AuditEntry(createdAt, service + "@" + environment, AuditEntry.Kind.OVERRIDE, AuditOutcome.GRANTED, actor,
                null, null, null, null, OverrideScope.DEPLOY, expiresAt, reason, reason, id);
    }

    /** True when this override lets {@code q} through. */
    public boolean covers(FreezeQuery q) {
        return !q.at().isBefore(createdAt) && q.at().isBefore(expiresAt)
                && (ANY.equals(service) || service.equals(q.service()))
                && (ANY.equals(environment) || environment.equals(q.environment()));
    }

    @Override
    public String toString() {
        return "deploy override " + id + " by " + actor + " (" + reason + ") for " + service + " in " + environment
                + ", until " + expiresAt;
    }
}
