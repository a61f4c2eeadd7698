package org.partnershipledger.app.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns token checks left open into Spring Boot's plain "APPLICATION FAILED TO START" report, each setting on a line. */
public class IncompleteTokenValidationFailureAnalyzer extends AbstractFailureAnalyzer<IncompleteTokenValidationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, IncompleteTokenValidationException cause) {
        return new FailureAnalysis(
                "Partnership Ledger would accept bearer tokens without checking whom they were issued by and for:\n  - "
                        + String.join("\n  - ", cause.problems()),
                "Set the issuer and the audience your identity provider puts in the ledger's access tokens, e.g. "
                        + "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI=https://login.example.org/realms/agency "
                        + "and SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES=partnership-ledger (README, "
                        + "\"Identity in production\"); with ..._PUBLIC_KEY_LOCATION, name the issuer with "
                        + "LEDGER_IDENTITY_JWT_ISSUER instead of ..._ISSUER_URI.",
                cause);
    }
}
