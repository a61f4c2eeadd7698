package org.partnershipledger.archfixture.application.queries;

public record ValidQuery(String id) {
}
