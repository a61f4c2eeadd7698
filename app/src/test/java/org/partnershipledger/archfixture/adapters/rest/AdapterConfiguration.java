package org.partnershipledger.archfixture.adapters.rest;

/** Violates rule 4: an adapter that wires its own beans. */
@org.springframework.context.annotation.Configuration
public class AdapterConfiguration {
}
