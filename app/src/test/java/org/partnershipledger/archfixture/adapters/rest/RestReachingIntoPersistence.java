package org.partnershipledger.archfixture.adapters.rest;

import org.partnershipledger.archfixture.adapters.persistence.JdbcStore;

/** Violates rule 3: one adapter depending on another. */
public class RestReachingIntoPersistence {
    JdbcStore store;
}
