package org.partnershipledger.application.audit.queries;

import java.util.Objects;

/**
 * Asks for a vetting's view as it stood at a point in its history, rebuilt from the event store; answered with an
 * empty {@code Optional} when the vetting did not exist yet at that point, or at all.
 */
public record FindVettingAsOf(String vettingId, PointInHistory point) {

    public FindVettingAsOf {
        Objects.requireNonNull(vettingId, "vettingId is required");
        Objects.requireNonNull(point, "give either 'at' or 'version'");
    }
}
