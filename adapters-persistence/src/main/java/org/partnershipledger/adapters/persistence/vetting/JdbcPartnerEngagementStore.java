package org.partnershipledger.adapters.persistence.vetting;

import org.partnershipledger.adapters.persistence.ReadModelJson;
import org.partnershipledger.adapters.persistence.batching.EventBatch;
import org.partnershipledger.adapters.persistence.batching.TableStorage;
import org.partnershipledger.adapters.persistence.batching.TransactionalDocuments;
import org.partnershipledger.adapters.persistence.tables.PartnerRegistryTables;
import org.partnershipledger.domain.partnership.Partnership;
import org.partnershipledger.projections.vetting.PartnerEngagementStore;
import org.partnershipledger.projections.vetting.RegistryPartnership;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Optional;

/**
 * Keeps what the partner registry knows of each partnership: the document in {@code partner_registry_partnership}
 * and a row per participant in {@code partner_registry_engagement}, which {@link JdbcPartnerRegistryStore} reads.
 * Every statement joins the caller's transaction. Within a transaction, documents are read once and written once, at
 * commit, a batch's documents together ({@link TransactionalDocuments}, ADR 026).
 */
public class JdbcPartnerEngagementStore implements PartnerEngagementStore {

    private final TableStorage<RegistryPartnership> storage;
    private final TransactionalDocuments<RegistryPartnership> partnerships;

    public JdbcPartnerEngagementStore(JdbcClient jdbc) {
        this.storage = new TableStorage<>(jdbc, PartnerRegistryTables.ALL,
                json -> ReadModelJson.read(json, RegistryPartnership.class), RegistryPartnership::partnershipId,
                PartnerRegistryTables::rows);
        this.partnerships = new TransactionalDocuments<>(storage, EventBatch.keyedBy(Partnership.class));
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
        storage.deleteAll();
    }
}
