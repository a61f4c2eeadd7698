package org.partnershipledger.adapters.rest.partnership.closing;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipledger.domain.partnership.DiscontinuationReason;
import org.partnershipledger.domain.partnership.GuidingPrinciple;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.commands.DiscontinuePartnership;

import java.time.LocalDate;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import static org.partnershipledger.adapters.rest.problem.RequestConversion.convert;

/**
 * The body of {@code POST /api/partnerships/{id}/discontinuation} (P8). Only the reason is required here: P8 names
 * each of the justification, effective date, continuity measures and (for a principle violation) principle missing.
 *
 * @param principle the guiding principle violated; only, and always, for {@code PRINCIPLE_VIOLATION}
 * @param reason             why: NO_PROGRESS (only with a review of little or no progress on record),
 *                           PRINCIPLE_VIOLATION, PARTNER_WITHDRAWAL, CHANGED_CONTEXT or MUTUAL_AGREEMENT
 * @param justification      the grounds in full, at most 5000 characters; required by P8
 * @param effectiveDate      the date the partnership ends (ISO 8601 date); required by P8
 * @param continuityMeasures how the relationship and the work continue, 1 to 20 entries; required by P8
 */
public record DiscontinuePartnershipRequest(@NotNull DiscontinuationReason reason,
                                            @Schema(requiredMode = REQUIRED) @Size(max = 5000) String justification,
                                            GuidingPrinciple principle,
                                            @Schema(requiredMode = REQUIRED) LocalDate effectiveDate,
                                            @Schema(requiredMode = REQUIRED)
                                            @Size(max = 20)
                                            List<@NotBlank @Size(max = 2000) String> continuityMeasures) {

    DiscontinuePartnership toCommand(String partnershipId) {
        return convert(() -> new DiscontinuePartnership(new PartnershipId(partnershipId), reason, justification,
                principle, effectiveDate, continuityMeasures));
    }
}
