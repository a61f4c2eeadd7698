package org.partnershipledger.application.vetting.queries;

import java.util.Objects;

/**
 * Asks for one partner of the registry; answered with an empty {@code Optional} when no partnership or vetting names
 * it (ask with {@code ResponseTypes.optionalInstanceOf(PartnerRecord.class)}).
 */
public record FindPartner(String partnerId) {

    public FindPartner {
        Objects.requireNonNull(partnerId, "partnerId is required");
    }
}
