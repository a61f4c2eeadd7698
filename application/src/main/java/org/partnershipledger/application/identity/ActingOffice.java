package org.partnershipledger.application.identity;

/**
 * The metadata key under which a command sent by a person carries that person's office, for the office scope check
 * (staff act only on their own office's partnerships; headquarters on all). Unlike {@link AuditMetadata#OFFICE} it is
 * not correlated: a command a policy sends on behalf of an approver of another office is not that approver acting.
 */
public final class ActingOffice {

    public static final String METADATA_KEY = "actingOffice";

    private ActingOffice() {
    }
}
