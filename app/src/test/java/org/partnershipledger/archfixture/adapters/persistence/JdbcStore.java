package org.partnershipledger.archfixture.adapters.persistence;

public class JdbcStore {
}
