package org.partnershipledger.application.partnership.queries;

import java.util.Objects;

/**
 * Asks for one partnership's current view; answered with an empty {@code Optional} when no such partnership exists
 * (ask with {@code ResponseTypes.optionalInstanceOf(PartnershipView.class)}).
 */
public record FindPartnership(String partnershipId) {

    public FindPartnership {
        Objects.requireNonNull(partnershipId, "partnershipId is required");
    }
}
