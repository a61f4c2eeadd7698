package org.partnershipledger.application.partnership.queries;

import java.util.Objects;

/** Asks for one partnership's current view; answered with an empty result when no such partnership exists. */
public record FindPartnership(String partnershipId) {

    public FindPartnership {
        Objects.requireNonNull(partnershipId, "partnershipId is required");
    }
}
