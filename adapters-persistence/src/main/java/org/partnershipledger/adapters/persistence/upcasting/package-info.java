/**
 * Upcasters: each reads one stored revision of an event as the next, on the JSON tree before Jackson binds it to the
 * record, so that events stored by earlier versions of the service keep loading after the record changed shape
 * (ADR 003, ADR 014). They match the payload type by the name it was stored under, never by a class, and are wired into
 * the event store's upcaster chain by the composition root.
 */
package org.partnershipledger.adapters.persistence.upcasting;
