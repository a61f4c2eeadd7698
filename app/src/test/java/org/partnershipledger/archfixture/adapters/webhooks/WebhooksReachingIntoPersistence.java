package org.partnershipledger.archfixture.adapters.webhooks;

import org.partnershipledger.archfixture.adapters.persistence.JdbcStore;

/** Violates rule 3 the way a notification adapter might: borrowing the persistence adapter's store. */
public class WebhooksReachingIntoPersistence {
    JdbcStore store;
}
