package org.partnershipledger.projections.vetting;

import org.partnershipledger.application.vetting.queries.FindPartners;
import org.partnershipledger.domain.partnership.PartnerType;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry's reading side: partners composed from what every partnership ({@link PartnerEngagementStore}) and
 * every vetting ({@link VettingViewStore}) recorded about them (ADR 009).
 *
 * <p>A partner's identity is the one a partnership recorded most recently ({@link
 * RegistryPartnership.Participant#identifiedAt()}); while no partnership names the partner, the one its most recently
 * opened vetting was opened with. A partner exists in the registry once any partnership or vetting names it.
 */
public interface PartnerRegistryStore {

    /** How many partners of the whole registry are of each type; a type with none may be absent. */
    Map<PartnerType, Long> countByType();

    /** How many partners pass the query's filters: the type, and the text anywhere in the name, ignoring case. */
    long count(FindPartners query);

    /** The identities on the query's page, by name ignoring case, then by id. */
    List<PartnerIdentity> page(FindPartners query);

    Optional<PartnerIdentity> identityOf(String partnerId);

    /** Every partnership of these partners, each by the time the partner joined it. */
    List<PartnerEngagement> engagementsOf(Collection<String> partnerIds);

    /** Every vetting of these partners, oldest opened first. */
    List<VettingIndex> vettingsOf(Collection<String> partnerIds);
}
