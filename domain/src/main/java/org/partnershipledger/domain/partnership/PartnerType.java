package org.partnershipledger.domain.partnership;

/** The kind of organization a partner is [000 §1, §12–15]. */
public enum PartnerType {
    /** International or national NGO, community-based, faith-based, youth or women's group. */
    CSO,
    /** A large company or a small or medium enterprise. */
    CORPORATE,
    FOUNDATION,
    /** A university or think tank. */
    KNOWLEDGE,
    MEDIA,
    /** A global programme partnership. */
    GPP,
    UN_ENTITY,
    OTHER
}
