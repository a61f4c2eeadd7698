package org.partnershipledger.archfixture.projections;

/** Violates rule 2: a projection that knows about HTTP. */
public class ProjectionReadingTheRequest {
    jakarta.servlet.http.HttpServletRequest request;
}
