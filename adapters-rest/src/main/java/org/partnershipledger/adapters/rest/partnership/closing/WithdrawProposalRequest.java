package org.partnershipledger.adapters.rest.partnership.closing;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.commands.WithdrawProposal;

import java.time.LocalDate;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import static org.partnershipledger.adapters.rest.problem.RequestConversion.convert;

/**
 * The body of {@code POST /api/partnerships/{id}/withdrawal}: a proposal withdrawn before agreement (P8).
 *
 * @param reason why it is withdrawn; required by P8, which the aggregate checks
 * @param withdrawnOn the date of the withdrawal (ISO 8601 date)
 */
public record WithdrawProposalRequest(@Schema(requiredMode = REQUIRED)
                                      @Size(max = 5000) String reason, @NotNull LocalDate withdrawnOn) {

    WithdrawProposal toCommand(String partnershipId) {
        return convert(() -> new WithdrawProposal(new PartnershipId(partnershipId), reason, withdrawnOn));
    }
}
