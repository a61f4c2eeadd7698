package org.partnershipledger.adapters.rest.partnership.partners;

/** The answer to adding a partner: the partnership's new version and the partner's id, chosen or generated. */
public record AddedPartner(String id, long version, String partnerId) {
}
