package org.partnershipledger.archfixture.projections;

/** Violates rule 4: a component-scanned class inside the hexagon. */
@org.springframework.stereotype.Component
public class ComponentProjection {
}
