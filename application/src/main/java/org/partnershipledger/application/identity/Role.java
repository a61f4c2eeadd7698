package org.partnershipledger.application.identity;

/** What a member of staff may do in Partnership Ledger. */
public enum Role {
    /** Proposes partnerships, concludes agreements, records reviews, corrects and closes. */
    PARTNERSHIP_OFFICER,
    /** Screens partners and assesses vetting criteria. */
    VETTING_OFFICER,
    /** Decides vettings within the authority of their office. */
    APPROVER,
    /** The headquarters committee that decides enhanced due diligence. */
    DUE_DILIGENCE_COMMITTEE,
    /** Reads everything, including history and exports; changes nothing. */
    AUDITOR,
    /** Runs operations such as replays and dead letters, and nothing else. */
    ADMIN
}
