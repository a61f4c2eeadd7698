package org.partnershipledger.projections.vetting;

import org.axonframework.queryhandling.QueryHandler;
import org.partnershipledger.application.vetting.queries.FindReusableClearance;
import org.partnershipledger.application.vetting.views.ReusableClearance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers whether a partner holds a clearance another partnership may reuse instead of vetting again (V7), from the
 * index {@link VettingViewProjection} keeps of every vetting.
 */
public class ReusableClearanceProjection {

    private final PartnerRegistryStore registry;

    public ReusableClearanceProjection(PartnerRegistryStore registry) {
        this.registry = Objects.requireNonNull(registry);
    }

    @QueryHandler
    Optional<ReusableClearance> handle(FindReusableClearance query) {
        return ClearanceRules.reusable(registry.vettingsOf(List.of(query.partnerId())), query.neededTier(),
                query.validOn()).map(VettingIndex::clearance);
    }
}
