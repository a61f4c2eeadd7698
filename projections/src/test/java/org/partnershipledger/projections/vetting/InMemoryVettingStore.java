package org.partnershipledger.projections.vetting;

import org.partnershipledger.application.vetting.queries.FindPartners;
import org.partnershipledger.application.vetting.queries.FindVettingQueue;
import org.partnershipledger.application.vetting.views.VettingView;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.shared.VettingTier;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every store port of the vetting read models over maps, for projection tests: it keeps what the projections save
 * and answers the way the JDBC stores do, without a database.
 */
class InMemoryVettingStore
        implements VettingViewStore, VettingQueueStore, PartnerRegistryStore {

    private final Map<String, VettingView> views = new LinkedHashMap<>();
    private final Map<String, VettingIndex> indexes = new LinkedHashMap<>();
    private final Map<String, RegistryPartnership> partnerships = new LinkedHashMap<>();
    private int saves;

    // ---- vetting views ----------------------------------------------------------------------------------------

    @Override
    public Optional<VettingView> find(String vettingId) {
        return Optional.ofNullable(views.get(vettingId));
    }

    @Override
    public void save(VettingView view, VettingIndex index) {
        views.put(view.vettingId(), view);
        indexes.put(index.vettingId(), index);
        saves++;
    }

    int saves() {
        return saves;
    }

    /** Empties the vetting views only, as the JDBC vetting store does. */
    @Override
    public void deleteAll() {
        views.clear();
        indexes.clear();
    }

    // ---- queue ------------------------------------------------------------------------------------------------

    @Override
    public Map<VettingTier, Long> countByTier(FindVettingQueue query) {
        return filtered(query).collect(Collectors.groupingBy(VettingIndex::tier, Collectors.counting()));
    }

    @Override
    public List<VettingIndex> page(FindVettingQueue query) {
        return filtered(query)
                .sorted(Comparator.comparing(VettingIndex::openedAt).thenComparing(VettingIndex::vettingId))
                .skip(query.offset()).limit(query.size()).toList();
    }

    private Stream<VettingIndex> filtered(FindVettingQueue query) {
        return indexes.values().stream()
                .filter(i -> query.includeDecided() || i.awaitsDecision())
                .filter(i -> query.tier() == null || i.tier() == query.tier())
                .filter(i -> query.requiredAuthority() == null || i.requiredAuthority() == query.requiredAuthority())
                .filter(i -> query.partnerId() == null || i.partnerId().equals(query.partnerId()))
                .filter(i -> query.partnershipId() == null || i.reliedOnBy().contains(query.partnershipId()));
    }

    // ---- registry: partnerships -------------------------------------------------------------------------------

    PartnerEngagementStore partnerships() {
        return new PartnerEngagementStore() {
            @Override
            public Optional<RegistryPartnership> find(String partnershipId) {
                return Optional.ofNullable(partnerships.get(partnershipId));
            }

            @Override
            public void save(RegistryPartnership partnership) {
                partnerships.put(partnership.partnershipId(), partnership);
            }

            @Override
            public void deleteAll() {
                partnerships.clear();
            }
        };
    }

    // ---- registry: reading -------------------------------------------------------------------------------------

    @Override
    public Map<PartnerType, Long> countByType() {
        return identities().collect(Collectors.groupingBy(PartnerIdentity::type, Collectors.counting()));
    }

    @Override
    public long count(FindPartners query) {
        return matching(query).count();
    }

    @Override
    public List<PartnerIdentity> page(FindPartners query) {
        return matching(query)
                .sorted(Comparator.comparing((PartnerIdentity p) -> p.name().toLowerCase(Locale.ROOT))
                        .thenComparing(PartnerIdentity::partnerId))
                .skip(query.offset()).limit(query.size()).toList();
    }

    @Override
    public Optional<PartnerIdentity> identityOf(String partnerId) {
        return identities().filter(p -> p.partnerId().equals(partnerId)).findFirst();
    }

    @Override
    public List<PartnerEngagement> engagementsOf(Collection<String> partnerIds) {
        return partnerships.values().stream()
                .flatMap(p -> p.participants().stream().filter(x -> partnerIds.contains(x.partnerId()))
                        .map(x -> new PartnerEngagement(x.partnerId(), p.viewFor(x))))
                .sorted(Comparator.comparing((PartnerEngagement e) -> e.partnership().joinedAt())
                        .thenComparing(e -> e.partnership().partnershipId()))
                .toList();
    }

    @Override
    public List<VettingIndex> vettingsOf(Collection<String> partnerIds) {
        return indexes.values().stream().filter(i -> partnerIds.contains(i.partnerId()))
                .sorted(Comparator.comparing(VettingIndex::openedAt).thenComparing(VettingIndex::vettingId))
                .toList();
    }

    private Stream<PartnerIdentity> matching(FindPartners query) {
        return identities()
                .filter(p -> query.partnerType() == null || p.type() == query.partnerType())
                .filter(p -> query.text() == null
                        || p.name().toLowerCase(Locale.ROOT).contains(query.text().toLowerCase(Locale.ROOT)));
    }

    /** The identity a partnership recorded most recently, else the one of the most recently opened vetting. */
    private Stream<PartnerIdentity> identities() {
        Map<String, PartnerIdentity> byPartner = new LinkedHashMap<>();
        indexes.values().stream()
                .sorted(Comparator.comparing(VettingIndex::openedAt).thenComparing(VettingIndex::vettingId))
                .forEach(i -> byPartner.put(i.partnerId(), new PartnerIdentity(i.partnerId(), i.partnerName(),
                        i.partnerType(), i.partnerCountry(), null)));
        partnerships.values().stream().flatMap(p -> p.participants().stream())
                .sorted(Comparator.comparing(RegistryPartnership.Participant::identifiedAt))
                .forEach(x -> byPartner.put(x.partnerId(), x.identity()));
        return byPartner.values().stream();
    }
}
