package org.partnershipledger.adapters.persistence.rebuild;

import org.partnershipledger.adapters.persistence.tables.PartnerRegistryTables;
import org.partnershipledger.adapters.persistence.tables.ReadModelTable;
import org.partnershipledger.adapters.persistence.vetting.JdbcPartnerEngagementStore;
import org.partnershipledger.projections.vetting.PartnerEngagementStore;
import org.partnershipledger.projections.vetting.RegistryPartnership;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What {@code partner-registry} keeps of each partnership, folded in memory: the store port the projection writes to
 * during a rebuild, and the rows of {@code partner_registry_partnership} and {@code partner_registry_engagement} that
 * {@link JdbcPartnerEngagementStore} would hold for the same documents.
 */
public final class FoldedPartnerRegistry implements PartnerEngagementStore, RebuiltReadModel {

    private final Map<String, RegistryPartnership> partnerships = new HashMap<>();

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

    @Override
    public List<ReadModelTable> tables() {
        return PartnerRegistryTables.ALL;
    }

    @Override
    public void clear() {
        partnerships.clear();
    }

    @Override
    public int size() {
        return partnerships.size();
    }

    @Override
    public void rows(ReadModelTable table, Consumer<Object[]> rows) {
        partnerships.values().forEach(partnership -> PartnerRegistryTables.rows(table, partnership, rows));
    }
}
