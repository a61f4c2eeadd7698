package org.partnershipledger.app.screening;

/** No sanctions list is configured: every vetting would be decided without a screening, so the service does not start. */
public class NoSanctionsListException extends RuntimeException {

    public NoSanctionsListException(String activeProfiles) {
        super("no sanctions list is configured (" + ScreeningConfiguration.LOCATION + ") for profiles ["
                + activeProfiles + "]", null, false, false);
    }
}
