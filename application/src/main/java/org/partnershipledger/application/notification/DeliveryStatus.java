package org.partnershipledger.application.notification;

/** Where a delivery stands. */
public enum DeliveryStatus {
    /** Waiting for its first attempt or for its next one after a failure. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Every attempt failed: no further attempt is made until an administrator retries it. */
    PARKED,
    /** Its subscription was removed before it was delivered. */
    CANCELLED
}
