package org.partnershipledger.adapters.rest.partnership.agreement;

import io.swagger.v3.oas.annotations.media.Schema;
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

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;
import static org.partnershipledger.adapters.rest.problem.RequestConversion.convert;

/**
 * The body of {@code POST /api/partnerships/{id}/agreement}: the signing date and the terms, flat, so that the parts P4
 * names as missing are the names of these fields. Only the signing date is required here: the aggregate decides which
 * parts the partnership's form and funding need (P4, P5) and names every one that is missing.
 *
 * @param objectives what the partnership sets out to achieve; a collaborative relationship's goals (also accepted as
 *                   {@code goals})
 * @param signedOn                the date the agreement was signed (ISO 8601 date); every partner's clearance must be
 *                                valid on it (P3)
 * @param operationalTargets      the activities and targets; a formal partnership's agreement states them (P4)
 * @param contributions           each partner's part, one entry per partner: for every form its role, for a formal
 *                                partnership also what it brings and its responsibilities (P4)
 * @param startDate               when the work starts (ISO 8601 date); a formal partnership's agreement states it (P4)
 * @param intendedEndDate         when the work is meant to end (ISO 8601 date), after the start; a formal partnership's
 *                                agreement states it (P4)
 * @param reviewFrequencyMonths   every how many months the partners review the partnership (P6); a formal partnership's
 *                                agreement states it (P4)
 * @param monitoringAndEvaluation how the work is monitored and evaluated; a formal partnership's agreement states it
 *                                (P4)
 * @param indicators              how progress is measured; a formal partnership's agreement states them unless it is
 *                                small-scale funding (P4, P5)
 * @param exitStrategy            the conditions under which the partnership is not continued; a formal partnership's
 *                                agreement states it unless it is small-scale funding (P4, P5)
 */
public record ConcludeAgreementRequest(@NotNull LocalDate signedOn,
                                       @Schema(requiredMode = REQUIRED) @JsonAlias("goals")
                                       @Size(max = 50) List<@NotBlank @Size(max = 2000) String> objectives,
                                       @Size(max = 50) List<@NotBlank @Size(max = 2000) String> operationalTargets,
                                       @Schema(requiredMode = REQUIRED)
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
