package org.partnershipledger.adapters.rest.partnership.agreement;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.partnershipledger.adapters.rest.partnership.ClientIds;
import org.partnershipledger.adapters.rest.partnership.MoneyRequest;
import org.partnershipledger.domain.partnership.AgreementChanges;
import org.partnershipledger.domain.partnership.AmendmentId;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.commands.AmendAgreement;

import java.time.LocalDate;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import static org.partnershipledger.adapters.rest.problem.RequestConversion.convert;

/**
 * The body of {@code POST /api/partnerships/{id}/agreement/amendments} (P10): what changes in the duration, budget or
 * scope, and why. A part left out stays as it is; at least one must change.
 *
 * @param amendmentId     the amendment's id; generated when omitted
 * @param rationale       why the agreement changes; required by P10, which the aggregate checks
 * @param agencyTransfer  the new total the agency transfers
 * @param contributions   the partners' contributions that change, each replacing that partner's entry
 * @param amendedOn          the date of the amendment (ISO 8601 date), not before the agreement was signed
 * @param intendedEndDate    the new intended end date (ISO 8601 date), to extend or shorten the duration
 * @param objectives         the new objectives, replacing the agreed ones
 * @param operationalTargets the new activities and targets, replacing the agreed ones
 * @param indicators         the new indicators, replacing the agreed ones
 * @param exitStrategy       the new exit strategy, replacing the agreed one
 */
public record AmendAgreementRequest(@Pattern(regexp = ClientIds.PATTERN, message = ClientIds.MESSAGE)
                                    String amendmentId,
                                    @NotNull LocalDate amendedOn,
                                    @Schema(requiredMode = REQUIRED) @Size(max = 5000) String rationale,
                                    LocalDate intendedEndDate,
                                    @Valid MoneyRequest agencyTransfer,
                                    @Size(max = 50) List<@NotNull @Valid ContributionRequest> contributions,
                                    @Size(max = 50) List<@NotBlank @Size(max = 2000) String> objectives,
                                    @Size(max = 50) List<@NotBlank @Size(max = 2000) String> operationalTargets,
                                    @Size(max = 50) List<@NotBlank @Size(max = 2000) String> indicators,
                                    @Size(max = 5000) String exitStrategy) {

    AmendAgreement toCommand(String partnershipId) {
        return convert(() -> new AmendAgreement(new PartnershipId(partnershipId),
                new AmendmentId(ClientIds.orNew(amendmentId)), amendedOn,
                new AgreementChanges(intendedEndDate, agencyTransfer == null ? null : agencyTransfer.toMoney(),
                        contributions == null ? null
                                : contributions.stream().map(ContributionRequest::toContribution).toList(),
                        objectives, operationalTargets, indicators, exitStrategy),
                rationale));
    }
}
