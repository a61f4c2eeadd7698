/** The idempotency keys of POST requests, kept in the same database as everything else. */
package org.partnershipledger.adapters.persistence.idempotency;
