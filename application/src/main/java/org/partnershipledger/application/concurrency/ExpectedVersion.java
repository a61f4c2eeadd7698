package org.partnershipledger.application.concurrency;

/**
 * The command metadata key under which a client's expected aggregate version travels (from {@code If-Match}). The
 * composition root checks it inside the aggregate, after any concurrent command on the same aggregate has finished.
 */
public final class ExpectedVersion {

    public static final String METADATA_KEY = "expectedVersion";

    private ExpectedVersion() {
    }
}
