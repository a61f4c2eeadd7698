/**
 * The composition root: the Spring Boot application that wires the hexagon (domain, application, projections) to its
 * adapters. Every bean is declared here in an explicit {@code @Configuration}; nothing else in the code base is
 * component-scanned, and nothing depends on this package.
 */
package org.partnershipledger.app;
