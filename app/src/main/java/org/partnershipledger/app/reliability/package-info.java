/**
 * Reliability of the event processors (ADR 022): events a projection cannot apply are parked in a dead-letter queue
 * for administrators to retry or evict, instead of stopping the projection or being skipped; and the event store's
 * handling of gaps, which keeps events committed out of order from being skipped, is set deliberately.
 */
package org.partnershipledger.app.reliability;
