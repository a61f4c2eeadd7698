package org.partnershipledger.domain.partnership;

/** The part the agency plays in a partnership [000 §14, §38; 003]. */
public enum AgencyRole {
    CONVENER,
    FACILITATOR,
    PARTNER,
    OBSERVER
}
