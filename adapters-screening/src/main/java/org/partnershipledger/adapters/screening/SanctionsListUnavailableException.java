package org.partnershipledger.adapters.screening;

import java.util.Objects;

/**
 * The consolidated list could not be obtained or is not a usable consolidated list. Screening refuses to go on
 * without a list rather than report every partner clean, so this names the configured source: the person reading the
 * log must be able to fix the location without reading code.
 */
public class SanctionsListUnavailableException extends RuntimeException {

    private final String source;

    public SanctionsListUnavailableException(String source, String reason, Throwable cause) {
        super("UN Security Council Consolidated List unavailable from " + source + ": " + reason, cause);
        this.source = Objects.requireNonNull(source, "source");
    }

    public SanctionsListUnavailableException(String source, String reason) {
        this(source, reason, null);
    }

    /** The location as configured, so that callers can report it without parsing the message. */
    public String source() {
        return source;
    }
}
