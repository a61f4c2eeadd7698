package org.partnershipledger.adapters.persistence.tables;

import org.partnershipledger.adapters.persistence.ReadModelJson;
import org.partnershipledger.adapters.persistence.tables.ReadModelTable.Column;
import org.partnershipledger.projections.vetting.RegistryPartnership;

import java.sql.Types;
import java.util.List;
import java.util.function.Consumer;

import static org.partnershipledger.adapters.persistence.tables.ColumnValues.name;
import static org.partnershipledger.adapters.persistence.tables.ColumnValues.utc;

/**
 * The tables of {@code partner-registry}: what it knows of each partnership as a JSON document, and a row per
 * participant, which the registry's queries read.
 */
public final class PartnerRegistryTables {

    public static final ReadModelTable PARTNERSHIP = ReadModelTable.of("partner_registry_partnership",
            new Column("partnership_id", Types.VARCHAR), new Column("version", Types.BIGINT),
            new Column("document", Types.VARCHAR));

    public static final ReadModelTable ENGAGEMENT = ReadModelTable.of("partner_registry_engagement",
            new Column("partnership_id", Types.VARCHAR), new Column("partner_id", Types.VARCHAR),
            new Column("name", Types.VARCHAR), new Column("partner_type", Types.VARCHAR),
            new Column("country", Types.VARCHAR), new Column("registration_reference", Types.VARCHAR),
            new Column("identified_at", Types.TIMESTAMP_WITH_TIMEZONE), new Column("title", Types.VARCHAR),
            new Column("status", Types.VARCHAR), new Column("lead_office", Types.VARCHAR),
            new Column("engagement", Types.VARCHAR), new Column("joined_at", Types.TIMESTAMP_WITH_TIMEZONE),
            new Column("left_at", Types.TIMESTAMP_WITH_TIMEZONE));

    /** Every table, each before those whose foreign keys refer to it. */
    public static final List<ReadModelTable> ALL = List.of(PARTNERSHIP, ENGAGEMENT);

    private PartnerRegistryTables() {
    }

    /** Hands the rows that this partnership has in the table to {@code rows}. */
    public static void rows(ReadModelTable table, RegistryPartnership p, Consumer<Object[]> rows) {
        if (table.equals(PARTNERSHIP)) {
            rows.accept(new Object[]{p.partnershipId(), p.version(), ReadModelJson.write(p)});
        } else if (table.equals(ENGAGEMENT)) {
            p.participants().forEach(x -> rows.accept(new Object[]{p.partnershipId(), x.partnerId(), x.name(),
                    name(x.type()), x.country(), x.registrationReference(), utc(x.identifiedAt()), p.title(),
                    p.status().name(), p.leadOffice(), name(x.engagement()), utc(x.joinedAt()), utc(x.leftAt())}));
        } else {
            throw new IllegalArgumentException("not a table of partner-registry: " + table.name());
        }
    }
}
