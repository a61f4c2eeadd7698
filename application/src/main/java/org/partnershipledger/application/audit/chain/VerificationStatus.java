package org.partnershipledger.application.audit.chain;

/** What a verification of the hash chain found. */
public enum VerificationStatus {

    /** Every chained event still matches its link, and the chain agrees with every checkpoint it was given. */
    VERIFIED,

    /** Events were removed, but every event still stored matches its link. */
    EVENTS_REMOVED,

    /**
     * A stored event no longer matches its link, an event appeared where the chain had passed a gap, links are
     * missing, or the chain disagrees with a checkpoint: the events or the chain itself were altered.
     */
    TAMPERED
}
