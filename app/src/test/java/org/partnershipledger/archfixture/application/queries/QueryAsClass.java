package org.partnershipledger.archfixture.application.queries;

/** Violates rule 5: a query that is not a record. */
public class QueryAsClass {
}
