package org.partnershipledger.app.operations;

import org.partnershipledger.application.vetting.queries.FindPartners;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.projections.vetting.PartnerEngagement;
import org.partnershipledger.projections.vetting.PartnerIdentity;
import org.partnershipledger.projections.vetting.PartnerRegistryStore;
import org.partnershipledger.projections.vetting.VettingIndex;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reading side of the registry for a {@code PartnerRegistryProjection} that only folds events during a rebuild:
 * its event handlers never read the registry, and its queries are never asked.
 */
final class NoRegistryReads implements PartnerRegistryStore {

    @Override
    public Map<PartnerType, Long> countByType() {
        throw refused();
    }

    @Override
    public long count(FindPartners query) {
        throw refused();
    }

    @Override
    public List<PartnerIdentity> page(FindPartners query) {
        throw refused();
    }

    @Override
    public Optional<PartnerIdentity> identityOf(String partnerId) {
        throw refused();
    }

    @Override
    public List<PartnerEngagement> engagementsOf(Collection<String> partnerIds) {
        throw refused();
    }

    @Override
    public List<VettingIndex> vettingsOf(Collection<String> partnerIds) {
        throw refused();
    }

    private static UnsupportedOperationException refused() {
        return new UnsupportedOperationException("a rebuild folds events only; the registry answers no query here");
    }
}
