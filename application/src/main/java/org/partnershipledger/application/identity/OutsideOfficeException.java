package org.partnershipledger.application.identity;

/** A member of staff tried to act on a record led by another office, which only headquarters may do. */
public class OutsideOfficeException extends RuntimeException {

    public OutsideOfficeException(String actingOffice, String leadOffice) {
        super("this partnership is led by " + leadOffice + "; staff of " + actingOffice
                + " act only on their own office's partnerships", null, false, false);
    }
}
