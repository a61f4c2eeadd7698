package org.partnershipledger.application.audit.queries;

import java.util.Objects;

/**
 * Asks for a partnership's view as it stood at a point in its history, rebuilt from the event store; answered with an
 * empty {@code Optional} when the partnership did not exist yet at that point, or at all.
 */
public record FindPartnershipAsOf(String partnershipId, PointInHistory point) {

    public FindPartnershipAsOf {
        Objects.requireNonNull(partnershipId, "partnershipId is required");
        Objects.requireNonNull(point, "give either 'at' or 'version'");
    }
}
