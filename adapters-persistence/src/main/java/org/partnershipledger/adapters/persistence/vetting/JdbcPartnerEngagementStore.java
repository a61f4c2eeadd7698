package org.partnershipledger.adapters.persistence.vetting;

import org.partnershipledger.adapters.persistence.ReadModelJson;
import org.partnershipledger.adapters.persistence.batching.EventBatch;
import org.partnershipledger.adapters.persistence.batching.TransactionalDocuments;
import org.partnershipledger.adapters.persistence.tables.PartnerRegistryTables;
import org.partnershipledger.adapters.persistence.tables.ReadModelTable;
import org.partnershipledger.adapters.persistence.tables.TableRows;
import org.partnershipledger.domain.partnership.Partnership;
import org.partnershipledger.projections.vetting.PartnerEngagementStore;
import org.partnershipledger.projections.vetting.RegistryPartnership;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps what the partner registry knows of each partnership: the document in {@code partner_registry_partnership}
 * and a row per participant in {@code partner_registry_engagement}, which {@link JdbcPartnerRegistryStore} reads.
 * Every statement joins the caller's transaction. Within a transaction, documents are read once and written once, at
 * commit, a batch's documents together ({@link TransactionalDocuments}, ADR 026).
 */
public class JdbcPartnerEngagementStore implements PartnerEngagementStore {

    private static final TableRows DOCUMENTS = new TableRows(PartnerRegistryTables.PARTNERSHIP);

    private final JdbcClient jdbc;
    private final TransactionalDocuments<RegistryPartnership> partnerships;

    public JdbcPartnerEngagementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.partnerships = new TransactionalDocuments<>(new Storage(),
                EventBatch.keyedBy(Partnership.class));
    }

    @Override
    public Optional<RegistryPartnership> find(String partnershipId) {
        return partnerships.find(partnershipId);
    }

    @Override
    public void save(RegistryPartnership partnership) {
        partnerships.save(partnership.partnershipId(), partnership);
    }

    @Override
    public void deleteAll() {
        partnerships.forgetAll();
        jdbc.sql("DELETE FROM partner_registry_engagement").update();
        jdbc.sql("DELETE FROM partner_registry_partnership").update();
    }

    private final class Storage implements TransactionalDocuments.Storage<RegistryPartnership> {

        @Override
        public Map<String, RegistryPartnership> load(Collection<String> ids) {
            Map<String, RegistryPartnership> found = new LinkedHashMap<>();
            DOCUMENTS.textsByKey(jdbc, "document", ids).forEach((id, document) ->
                    found.put(id, ReadModelJson.read(document, RegistryPartnership.class)));
            return found;
        }

        /** Deleting a partnership deletes its engagements too (the foreign key cascades); all are inserted anew. */
        @Override
        public void replace(Collection<RegistryPartnership> partnerships) {
            DOCUMENTS.deleteByKey(jdbc, partnerships.stream().map(RegistryPartnership::partnershipId).toList());
            for (ReadModelTable table : PartnerRegistryTables.ALL) {
                List<Object[]> rows = new ArrayList<>();
                partnerships.forEach(partnership -> PartnerRegistryTables.rows(table, partnership, rows::add));
                new TableRows(table).insert(jdbc, rows);
            }
        }
    }
}
