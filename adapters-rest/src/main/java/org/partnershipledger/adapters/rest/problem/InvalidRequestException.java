package org.partnershipledger.adapters.rest.problem;

/** A request whose body is well-formed JSON but states something the model cannot accept, such as a blank title. */
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String detail, Throwable cause) {
        super(detail, cause);
    }
}
