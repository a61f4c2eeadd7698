package org.partnershipledger.adapters.rest.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import org.partnershipledger.application.audit.views.AuditedEvent;

/**
 * One line of the NDJSON export: an audited event and its position in the store. {@link EventExportWriter} writes the
 * line itself; this record only describes it to the OpenAPI document (a
 * description of its own, since an inline part of a schema gets none from javadoc), and {@code OpenApiIT} holds the two together.
 */
@Schema(description = "One line of the NDJSON export: the event as the audit trail shows it, and its place in the "
        + "store", allOf = AuditedEvent.class)
record ExportedEvent(@Schema(description = "The event's position in the whole store, the order the export follows; "
        + "null for an event read without one") Long globalIndex) {
}
