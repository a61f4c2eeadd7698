package org.partnershipledger.adapters.rest.concurrency;

/** The client's {@code If-Match} names a version the record has already moved past. */
public class StaleVersionException extends RuntimeException {

    private final long current;

    public StaleVersionException(long expected, long current) {
        super("the record is at version " + current + ", not " + expected + ": read it again and retry", null, false,
                false);
        this.current = current;
    }

    public long current() {
        return current;
    }
}
