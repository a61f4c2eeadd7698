package org.partnershipledger.adapters.rest.partnership.agreement;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershipledger.domain.partnership.AgreementTerms;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.commands.ConcludeAgreement;

import java.time.LocalDate;
import java.util.List;

import static org.partnershipledger.adapters.rest.problem.RequestConversion.convert;

/**
 * The body of {@code POST /api/partnerships/{id}/agreement}: the signing date and the terms, flat, so that the parts P4
 * names as missing are the names of these fields. Only the signing date is required here: the aggregate decides which
 * parts the partnership's form and funding need (P4, P5) and names every one that is missing.
 *
 * @param objectives what the partnership sets out to achieve; a collaborative relationship's goals (also accepted as
 *                   {@code goals})
 */
public record ConcludeAgreementRequest(@NotNull LocalDate signedOn,
                                       @JsonAlias("goals")
                                       @Size(max = 50) List<@NotBlank @Size(max = 2000) String> objectives,
                                       @Size(max = 50) List<@NotBlank @Size(max = 2000) String> operationalTargets,
                                       @Size(max = 50) List<@NotNull @Valid ContributionRequest> contributions,
                                       LocalDate startDate,
                                       LocalDate intendedEndDate,
                                       Integer reviewFrequencyMonths,
                                       @Size(max = 5000) String monitoringAndEvaluation,
                                       @Size(max = 50) List<@NotBlank @Size(max = 2000) String> indicators,
                                       @Size(max = 5000) String exitStrategy) {

    ConcludeAgreement toCommand(String partnershipId) {
        return convert(() -> new ConcludeAgreement(new PartnershipId(partnershipId), signedOn, new AgreementTerms(
                objectives, operationalTargets,
                contributions == null ? null : contributions.stream().map(ContributionRequest::toContribution).toList(),
                startDate, intendedEndDate, reviewFrequencyMonths, monitoringAndEvaluation, indicators, exitStrategy)));
    }
}
