package org.partnershipledger.adapters.rest.partnership.partners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.commands.RemovePartner;

import static org.partnershipledger.adapters.rest.problem.RequestConversion.convert;

/**
 * The body of {@code POST /api/partnerships/{id}/partners/{partnerId}/removal}: why the partner leaves.
 *
 * @param reason why the partner leaves, at most 2000 characters
 */
public record RemovePartnerRequest(@NotBlank @Size(max = 2000) String reason) {

    RemovePartner toCommand(String partnershipId, String partnerId) {
        return convert(() -> new RemovePartner(new PartnershipId(partnershipId), new PartnerId(partnerId),
                reason.strip()));
    }
}
