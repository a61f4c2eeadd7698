package org.partnershipledger.application.notification;

/** Only a parked delivery can be retried: a pending one will be tried anyway, a delivered one arrived. */
public class DeliveryNotParkedException extends RuntimeException {

    public DeliveryNotParkedException(String id, DeliveryStatus status) {
        super("delivery " + id + " is " + status + "; only a PARKED delivery can be retried", null, false, false);
    }
}
