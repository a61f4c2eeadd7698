/**
 * The audit trail over HTTP, read-only: a partnership's or vetting's history from the event store, its view as of an
 * instant or a version, and the export of the event log as NDJSON or CSV, streamed as it is read.
 */
package org.partnershipledger.adapters.rest.audit;
