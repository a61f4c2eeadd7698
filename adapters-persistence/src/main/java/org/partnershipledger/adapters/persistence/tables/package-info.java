/**
 * The read-model tables and how each read model's documents become their rows, in one place for the live stores
 * (which write a batch's documents at commit, ADR 026) and the set-based rebuild (which loads them all, ADR 027), so
 * that both write the same rows.
 */
package org.partnershipledger.adapters.persistence.tables;
