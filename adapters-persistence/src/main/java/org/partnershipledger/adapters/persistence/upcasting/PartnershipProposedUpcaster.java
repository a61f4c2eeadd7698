package org.partnershipledger.adapters.persistence.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.Map;

/**
 * Reads {@code PartnershipProposed} revision 1 as revision 2. Revision 1 called the agency's transfer {@code transfer};
 * revision 2 calls it {@code agencyTransfer}, as {@code AgreementConcluded}, {@code AgreementAmended} and
 * {@code CorrectiveActionPlanAgreed} always have, so that one fact has one name in every payload an auditor reads.
 *
 * <p>Only the field's name changes: its value (a money amount, or {@code null} when the agency transfers nothing) and
 * its place among the fields are kept, and every other field is copied as it was. Without this upcaster a revision 1
 * payload would still deserialize (the event mapper ignores unknown properties) but with no transfer at all, which
 * would silently lower the vetting tier and lift the agreement requirements of every partnership proposed before.
 *
 * <p>The type is matched by the name it is stored under, not by the class, so that a later rename of the class cannot
 * silently stop this upcaster from matching the rows already stored.
 */
public final class PartnershipProposedUpcaster extends SingleEventUpcaster {

    /** The payload type as stored in {@code domain_event_entry.payload_type}. */
    public static final String PAYLOAD_TYPE = "org.partnershipledger.domain.partnership.events.PartnershipProposed";

    private static final SerializedType REVISION_1 = new SimpleSerializedType(PAYLOAD_TYPE, "1");
    private static final SerializedType REVISION_2 = new SimpleSerializedType(PAYLOAD_TYPE, "2");

    static final String OLD_NAME = "transfer";
    static final String NEW_NAME = "agencyTransfer";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, PartnershipProposedUpcaster::revision2);
    }

    /** The revision 1 payload with {@code transfer} renamed {@code agencyTransfer} in place; anything else as it was. */
    static JsonNode revision2(JsonNode revision1) {
        if (!(revision1 instanceof ObjectNode fields) || !fields.has(OLD_NAME)) {
            return revision1;
        }
        ObjectNode revision2 = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> field : fields.properties()) {
            if (!field.getKey().equals(NEW_NAME)) {
                revision2.set(field.getKey().equals(OLD_NAME) ? NEW_NAME : field.getKey(), field.getValue().deepCopy());
            }
        }
        return revision2;
    }
}
