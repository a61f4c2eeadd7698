package org.partnershipledger.archfixture.projections;

import org.axonframework.queryhandling.QueryHandler;
import org.partnershipledger.archfixture.application.queries.ValidQuery;

public class ValidProjection {
    @QueryHandler
    String handle(ValidQuery query) {
        return query.id();
    }
}
