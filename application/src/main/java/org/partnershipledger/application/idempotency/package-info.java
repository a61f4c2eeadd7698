/**
 * Safe retries: a client that repeats a request with the same {@code Idempotency-Key} gets the first answer again, and
 * nothing is done twice. The store behind {@link org.partnershipledger.application.idempotency.IdempotencyStore} keeps
 * the keys across restarts.
 */
package org.partnershipledger.application.idempotency;
