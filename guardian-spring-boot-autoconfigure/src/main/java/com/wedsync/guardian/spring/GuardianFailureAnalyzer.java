package com.wedsync.guardian.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up fails with the guardian's problems listed, each with its property name, and what to do. */
public final class GuardianFailureAnalyzer extends AbstractFailureAnalyzer<GuardianStartupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, GuardianStartupException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
