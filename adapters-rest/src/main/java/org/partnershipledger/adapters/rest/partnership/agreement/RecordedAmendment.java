package org.partnershipledger.adapters.rest.partnership.agreement;

/** The answer to amending an agreement: the partnership's new version and the amendment's id, chosen or generated. */
public record RecordedAmendment(String id, long version, String amendmentId) {
}
