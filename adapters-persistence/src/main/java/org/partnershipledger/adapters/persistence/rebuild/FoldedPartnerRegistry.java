package org.partnershipledger.adapters.persistence.rebuild;

import org.partnershipledger.adapters.persistence.ReadModelJson;
import org.partnershipledger.adapters.persistence.vetting.JdbcPartnerEngagementStore;
import org.partnershipledger.projections.vetting.PartnerEngagementStore;
import org.partnershipledger.projections.vetting.RegistryPartnership;

import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static org.partnershipledger.adapters.persistence.rebuild.ReadModelTable.Column;

/**
 * What {@code partner-registry} keeps of each partnership, folded in memory: the store port the projection writes to
 * during a rebuild, and the rows of {@code partner_registry_partnership} and {@code partner_registry_engagement} that
 * {@link JdbcPartnerEngagementStore} would hold for the same documents.
 */
public final class FoldedPartnerRegistry implements PartnerEngagementStore, RebuiltReadModel {

    static final ReadModelTable PARTNERSHIP = ReadModelTable.of("partner_registry_partnership",
            new Column("partnership_id", Types.VARCHAR), new Column("version", Types.BIGINT),
            new Column("document", Types.VARCHAR));

    static final ReadModelTable ENGAGEMENT = ReadModelTable.of("partner_registry_engagement",
            new Column("partnership_id", Types.VARCHAR), new Column("partner_id", Types.VARCHAR),
            new Column("name", Types.VARCHAR), new Column("partner_type", Types.VARCHAR),
            new Column("country", Types.VARCHAR), new Column("registration_reference", Types.VARCHAR),
            new Column("identified_at", Types.TIMESTAMP_WITH_TIMEZONE), new Column("title", Types.VARCHAR),
            new Column("status", Types.VARCHAR), new Column("lead_office", Types.VARCHAR),
            new Column("engagement", Types.VARCHAR), new Column("joined_at", Types.TIMESTAMP_WITH_TIMEZONE),
            new Column("left_at", Types.TIMESTAMP_WITH_TIMEZONE));

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
        return List.of(PARTNERSHIP, ENGAGEMENT);
    }

    @Override
    public int size() {
        return partnerships.size();
    }

    @Override
    public void rows(ReadModelTable table, Consumer<Object[]> rows) {
        if (table.equals(PARTNERSHIP)) {
            partnerships.values().forEach(p -> rows.accept(new Object[]{
                    p.partnershipId(), p.version(), ReadModelJson.write(p)}));
        } else if (table.equals(ENGAGEMENT)) {
            partnerships.values().forEach(p -> p.participants().forEach(x -> rows.accept(new Object[]{
                    p.partnershipId(), x.partnerId(), x.name(), Rows.name(x.type()), x.country(),
                    x.registrationReference(), Rows.utc(x.identifiedAt()), p.title(), p.status().name(),
                    p.leadOffice(), Rows.name(x.engagement()), Rows.utc(x.joinedAt()), Rows.utc(x.leftAt())})));
        } else {
            throw new IllegalArgumentException("not a table of partner-registry: " + table.name());
        }
    }
}
