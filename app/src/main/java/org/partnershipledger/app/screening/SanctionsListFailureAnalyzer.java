package org.partnershipledger.app.screening;

import org.partnershipledger.adapters.screening.SanctionsListUnavailableException;
import org.partnershipledger.adapters.screening.UnConsolidatedListScreeningAdapter;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns a missing or unreadable sanctions list into Spring Boot's plain "APPLICATION FAILED TO START" report: what is
 * wrong and which property fixes it, without a stack trace to dig through.
 */
public class SanctionsListFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            FailureAnalysis analysis = analyzeCause(cause);
            if (analysis != null) {
                return analysis;
            }
        }
        return null;
    }

    private static FailureAnalysis analyzeCause(Throwable cause) {
        if (cause instanceof NoSanctionsListException missing) {
            return new FailureAnalysis(
                    "Partnership Ledger has no sanctions list to screen partners against: " + missing.getMessage()
                            + ". Only the default profile uses the bundled sample, whose entries are fictitious.",
                    "Set " + ScreeningConfiguration.LOCATION + " (environment variable LEDGER_SCREENING_UNLIST_LOCATION)"
                            + " to the UN Security Council Consolidated List in its XML form: a file path, a file: "
                            + "or https: URL. For a demonstration only, use "
                            + UnConsolidatedListScreeningAdapter.SAMPLE_LIST_LOCATION + ".",
                    cause);
        }
        if (cause instanceof SanctionsListUnavailableException unavailable) {
            return new FailureAnalysis(
                    "Partnership Ledger could not load its sanctions list: " + unavailable.getMessage(),
                    "Check " + ScreeningConfiguration.LOCATION + " (now '" + unavailable.source() + "'): the file "
                            + "must exist and be readable, or the URL answer with the consolidated list in XML.",
                    cause);
        }
        return null;
    }
}
