package org.partnershipledger.application.vetting.queries;

import java.util.Objects;

/**
 * Asks for one vetting's current view; answered with an empty {@code Optional} when no such vetting exists (ask with
 * {@code ResponseTypes.optionalInstanceOf(VettingView.class)}).
 */
public record FindVetting(String vettingId) {

    public FindVetting {
        Objects.requireNonNull(vettingId, "vettingId is required");
    }
}
