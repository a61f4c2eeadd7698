package org.partnershipledger.projections.vetting;

import java.util.Optional;

/**
 * Where the partner registry keeps what it knows of each partnership. Implementations write inside the event
 * processor's transaction, and keep beside each document one engagement per participant for
 * {@link PartnerRegistryStore} to find.
 */
public interface PartnerEngagementStore {

    Optional<RegistryPartnership> find(String partnershipId);

    /** Inserts the partnership, or replaces it and its engagements. */
    void save(RegistryPartnership partnership);

    /** Forgets every partnership of the registry, before a replay rebuilds them from the first event. */
    void deleteAll();
}
