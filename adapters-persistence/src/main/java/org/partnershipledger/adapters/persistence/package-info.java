/**
 * Storage out: the event store and token store schema for H2 and PostgreSQL (created by Flyway from
 * {@code db/migration/{vendor}}), and the JDBC implementations of the projections' store ports. Every write here joins
 * the transaction of the caller, so an event processor updates a read model and its token together or not at all.
 */
package org.partnershipledger.adapters.persistence;
