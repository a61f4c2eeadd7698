package org.partnershipledger.app.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing identity source into Spring Boot's plain "APPLICATION FAILED TO START" report, without a stack trace. */
public class NoIdentitySourceFailureAnalyzer extends AbstractFailureAnalyzer<NoIdentitySourceException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoIdentitySourceException cause) {
        return new FailureAnalysis(
                "Partnership Ledger has no source of users: " + cause.getMessage() + ". The demo users exist only in "
                        + "the default profile.",
                "Run without a profile for the demo users, or add 'default' to the active profiles "
                        + "(SPRING_PROFILES_ACTIVE=default,postgres) on a machine where demo users are acceptable.",
                cause);
    }
}
