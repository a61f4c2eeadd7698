package org.partnershipledger.adapters.persistence.vetting;

import org.partnershipledger.adapters.persistence.ReadModelJson;
import org.partnershipledger.adapters.persistence.batching.EventBatch;
import org.partnershipledger.adapters.persistence.batching.TableRows;
import org.partnershipledger.adapters.persistence.batching.TransactionalDocuments;
import org.partnershipledger.domain.partnership.Partnership;
import org.partnershipledger.projections.vetting.PartnerEngagementStore;
import org.partnershipledger.projections.vetting.RegistryPartnership;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.partnershipledger.adapters.persistence.batching.SqlValues.text;
import static org.partnershipledger.adapters.persistence.batching.SqlValues.timestamp;

/**
 * Keeps what the partner registry knows of each partnership: the document in {@code partner_registry_partnership}
 * and a row per participant in {@code partner_registry_engagement}, which {@link JdbcPartnerRegistryStore} reads.
 * Every statement joins the caller's transaction. Within a transaction, documents are read once and written once, at
 * commit, a batch's documents together ({@link TransactionalDocuments}, ADR 026).
 */
public class JdbcPartnerEngagementStore implements PartnerEngagementStore {

    private static final TableRows PARTNERSHIPS = new TableRows("partner_registry_partnership", "partnership_id",
            "version", "document");
    private static final TableRows ENGAGEMENTS = new TableRows("partner_registry_engagement", "partnership_id",
            "partner_id", "name", "partner_type", "country", "registration_reference", "identified_at", "title",
            "status", "lead_office", "engagement", "joined_at", "left_at");

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
            PARTNERSHIPS.textsWhere(jdbc, "partnership_id", "document", ids).forEach((id, document) ->
                    found.put(id, ReadModelJson.read(document, RegistryPartnership.class)));
            return found;
        }

        /** Deleting a partnership deletes its engagements too (the foreign key cascades); all are inserted anew. */
        @Override
        public void replace(Collection<RegistryPartnership> partnerships) {
            PARTNERSHIPS.deleteWhere(jdbc, "partnership_id",
                    partnerships.stream().map(RegistryPartnership::partnershipId).toList());
            PARTNERSHIPS.insert(jdbc, partnerships.stream().map(p -> new Object[]{p.partnershipId(), p.version(),
                    ReadModelJson.write(p)}).toList());
            ENGAGEMENTS.insert(jdbc, partnerships.stream().flatMap(partnership -> partnership.participants().stream()
                    .map(p -> new Object[]{partnership.partnershipId(), p.partnerId(), text(p.name()),
                            text(p.type()), text(p.country()), text(p.registrationReference()),
                            timestamp(p.identifiedAt()), text(partnership.title()), partnership.status().name(),
                            text(partnership.leadOffice()), text(p.engagement()), timestamp(p.joinedAt()),
                            timestamp(p.leftAt())})).toList());
        }
    }
}
