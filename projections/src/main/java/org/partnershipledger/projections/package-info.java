/**
 * Read models: event handlers that keep views current as events are stored, and the query handlers that answer from
 * them. Storage is reached only through the store ports declared here, so a read model can be rebuilt by replay and
 * tested against an in-memory store.
 */
package org.partnershipledger.projections;
