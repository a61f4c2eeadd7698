package org.partnershipledger.archfixture.domain.events;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ValidEvent(String id) {
}
