package org.partnershipledger.archfixture.application;

import org.axonframework.queryhandling.QueryHandler;
import org.partnershipledger.archfixture.application.queries.ValidQuery;

/** Violates rule 5: a query handler outside projections. */
public class StrayQueryHandler {
    @QueryHandler
    String handle(ValidQuery query) {
        return "";
    }
}
