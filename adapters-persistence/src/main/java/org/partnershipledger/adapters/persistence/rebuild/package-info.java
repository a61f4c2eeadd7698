/**
 * The storage side of a set-based rebuild of a read model (ADR 027): the event table read once through a forward-only
 * cursor and turned into event messages by the service's serializer and upcasters ({@link
 * org.partnershipledger.adapters.persistence.rebuild.EventTableReader}); in-memory implementations of the projections'
 * store ports that the projections' own handlers fold the events into and that give back the rows the JDBC stores
 * would have written ({@link org.partnershipledger.adapters.persistence.rebuild.RebuiltReadModel}); and shadow copies
 * of the read-model tables, bulk-loaded ({@code COPY} on PostgreSQL, batched inserts on H2) and swapped in inside the
 * caller's transaction ({@link org.partnershipledger.adapters.persistence.rebuild.ShadowTables}).
 */
package org.partnershipledger.adapters.persistence.rebuild;
