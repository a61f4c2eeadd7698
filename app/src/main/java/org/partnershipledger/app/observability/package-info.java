/**
 * Observability (ADR 023): a monitor that samples the head of the event store and each streaming processor's
 * position, the lag gauges and readiness checks built on its samples, and the handler interceptor that puts a
 * message's request and correlation ids into the logging context.
 */
package org.partnershipledger.app.observability;
