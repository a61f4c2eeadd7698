package org.partnershipledger.archfixture.domain;

/** Violates rule 1: a domain class that reaches for Spring. */
public class DomainUsingSpring {
    org.springframework.core.env.Environment environment;
}
