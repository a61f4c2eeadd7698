package org.partnershipledger.domain.vetting;

/** The kind of new information that reopens a decided vetting (V8). */
public enum ReopeningReason {
    /** Press or other public reports that put the partner's reputation or conduct in doubt. */
    ADVERSE_MEDIA,
    /** The partner, or someone close to it, appeared on a sanctions list. */
    SANCTIONS_LISTING,
    OTHER
}
