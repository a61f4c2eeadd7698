package org.partnershipledger.domain.partnership;

/** How binding a partnership is [000 §12, §38, §51]. */
public enum PartnershipForm {
    /** A written agreement; may transfer funds or other resources. */
    FORMAL_PARTNERSHIP,
    /** Informal, mutually agreed goals and roles; transfers no funds or resources. */
    COLLABORATIVE_RELATIONSHIP
}
