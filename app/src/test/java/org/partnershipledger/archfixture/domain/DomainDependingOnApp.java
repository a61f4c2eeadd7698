package org.partnershipledger.archfixture.domain;

import org.partnershipledger.archfixture.app.Wiring;

/** Violates rule 4: something outside app depends on app. */
public class DomainDependingOnApp {
    Wiring wiring;
}
