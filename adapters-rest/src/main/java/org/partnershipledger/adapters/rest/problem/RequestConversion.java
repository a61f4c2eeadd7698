package org.partnershipledger.adapters.rest.problem;

import java.util.function.Supplier;

/**
 * Turns a validated request body into domain values. The value objects and commands check their own shape; when they
 * refuse a body that passed bean validation, the client hears the domain's own words as a 400, not a 500.
 */
public final class RequestConversion {

    private RequestConversion() {
    }

    public static <T> T convert(Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (IllegalArgumentException | NullPointerException refused) {
            String detail = refused.getMessage() != null ? refused.getMessage() : "the request is incomplete";
            throw new InvalidRequestException(detail, refused);
        }
    }
}
