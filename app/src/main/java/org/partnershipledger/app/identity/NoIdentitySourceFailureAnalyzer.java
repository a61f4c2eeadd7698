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
                "Configure the token issuer the service trusts (SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI, "
                        + "or ..._JWK_SET_URI, or ..._PUBLIC_KEY_LOCATION), or, on a machine where demo users are "
                        + "acceptable, add 'default' to the active profiles (SPRING_PROFILES_ACTIVE=default,postgres).",
                cause);
    }
}
