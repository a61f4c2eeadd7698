package org.partnershipledger.app.screening;

import org.partnershipledger.adapters.screening.SanctionsListUnavailableException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an unreadable sanctions list into Spring Boot's plain "APPLICATION FAILED TO START" report: what is wrong and
 * which property fixes it, without a stack trace to dig through. A list not configured at all is refused earlier, with
 * every other missing setting (app.settings).
 */
public class SanctionsListFailureAnalyzer extends AbstractFailureAnalyzer<SanctionsListUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SanctionsListUnavailableException unavailable) {
        return new FailureAnalysis(
                "Partnership Ledger could not load its sanctions list: " + unavailable.getMessage(),
                "Check " + ScreeningConfiguration.LOCATION + " (now '" + unavailable.source() + "'): the file "
                        + "must exist and be readable, or the URL answer with the consolidated list in XML.",
                unavailable);
    }
}
