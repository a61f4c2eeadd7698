package org.partnershipledger.adapters.rest.problem;

/** The request names something that does not exist. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail, null, false, false);
    }
}
