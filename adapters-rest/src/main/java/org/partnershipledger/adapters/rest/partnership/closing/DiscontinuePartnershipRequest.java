package org.partnershipledger.adapters.rest.partnership.closing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipledger.domain.partnership.DiscontinuationReason;
import org.partnershipledger.domain.partnership.GuidingPrinciple;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.commands.DiscontinuePartnership;

import java.time.LocalDate;
import java.util.List;

import static org.partnershipledger.adapters.rest.problem.RequestConversion.convert;

/**
 * The body of {@code POST /api/partnerships/{id}/discontinuation} (P8). Only the reason is required here: P8 names
 * each of the justification, effective date, continuity measures and (for a principle violation) principle missing.
 *
 * @param principle the guiding principle violated; only, and always, for {@code PRINCIPLE_VIOLATION}
 */
public record DiscontinuePartnershipRequest(@NotNull DiscontinuationReason reason,
                                            @Size(max = 5000) String justification,
                                            GuidingPrinciple principle,
                                            LocalDate effectiveDate,
                                            @Size(max = 20) List<@NotBlank @Size(max = 2000) String> continuityMeasures) {

    DiscontinuePartnership toCommand(String partnershipId) {
        return convert(() -> new DiscontinuePartnership(new PartnershipId(partnershipId), reason, justification,
                principle, effectiveDate, continuityMeasures));
    }
}
