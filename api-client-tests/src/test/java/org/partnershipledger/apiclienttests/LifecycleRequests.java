package org.partnershipledger.apiclienttests;

import org.partnershipledger.apiclient.model.AspectRequest;
import org.partnershipledger.apiclient.model.CommitmentRequest;
import org.partnershipledger.apiclient.model.ConcludeAgreementRequest;
import org.partnershipledger.apiclient.model.ContributionRequest;
import org.partnershipledger.apiclient.model.FunctioningRequest;
import org.partnershipledger.apiclient.model.MoneyRequest;
import org.partnershipledger.apiclient.model.PartnerRequest;
import org.partnershipledger.apiclient.model.ProposePartnershipRequest;
import org.partnershipledger.apiclient.model.RateRiskRequest;
import org.partnershipledger.apiclient.model.RecordReviewRequest;
import org.partnershipledger.apiclient.model.Score;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The commands' bodies, built with the generated models: what a client written against the document sends. */
final class LifecycleRequests {

    private LifecycleRequests() {
    }

    /** A small grant to a civil-society organisation: its partner needs only LIGHT vetting (V1). */
    static ProposePartnershipRequest smallGrant(String partnerId) {
        return new ProposePartnershipRequest()
                .title("Youth-led radio programme on child rights")
                .purpose("Young reporters produce a weekly programme in three regions")
                .form(ProposePartnershipRequest.FormEnum.FORMAL_PARTNERSHIP)
                .agencyRole(ProposePartnershipRequest.AgencyRoleEnum.PARTNER)
                .scope(ProposePartnershipRequest.ScopeEnum.LOCAL)
                .transfer(usd(5_000))
                .partners(List.of(new PartnerRequest()
                        .partnerId(partnerId)
                        .name("Jeunesse Radio Thiès")
                        .type(PartnerRequest.TypeEnum.CSO)
                        .country("SN")
                        .engagement(PartnerRequest.EngagementEnum.ACTIVE)));
    }

    /** LOW on every count (V4). */
    static RateRiskRequest lowRisk() {
        return new RateRiskRequest().reputational(score(1, 3)).fiduciary(score(2, 2)).performance(score(1, 2));
    }

    /** Every part an agreement needs (P3 to P5). */
    static ConcludeAgreementRequest completeAgreement(String partnerId, LocalDate signedOn) {
        return new ConcludeAgreementRequest()
                .signedOn(signedOn)
                .objectives(List.of("A weekly programme on child rights reaches three regions"))
                .operationalTargets(List.of("Forty programmes a year, each rebroadcast by two community stations"))
                .contributions(List.of(new ContributionRequest()
                        .partnerId(partnerId)
                        .financial(usd(5_000))
                        .inKind("Studio time and young reporters")
                        .role("Implementing partner")
                        .responsibilities("Produces the programme and reports quarterly")))
                .startDate(signedOn.plusDays(10))
                .intendedEndDate(signedOn.plusYears(1))
                .reviewFrequencyMonths(6)
                .monitoringAndEvaluation("Quarterly listener surveys and a joint mid-term review")
                .indicators(List.of("Listeners reached per programme"))
                .exitStrategy("Not continued if fewer than two stations rebroadcast by the mid-term review");
    }

    /** A review that hears the partner and covers progress, functioning and worth (P6). */
    static RecordReviewRequest onTrackReview(String partnerId, String reviewId, LocalDate on) {
        AspectRequest worksWell = new AspectRequest().rating(AspectRequest.RatingEnum.WORKS_WELL);
        return new RecordReviewRequest()
                .reviewId(reviewId)
                .reviewDate(on)
                .progress(RecordReviewRequest.ProgressEnum.ON_TRACK)
                .functioning(new FunctioningRequest()
                        .decisionMakingAndGovernance(worksWell)
                        .roles(worksWell)
                        .communications(worksWell)
                        .workingRelations(worksWell)
                        .financialOperations(worksWell))
                .worthItsCosts(true)
                .participants(List.of(partnerId))
                .commitments(List.of(new CommitmentRequest().partnerId(partnerId).kept(true)))
                .recommendation(RecordReviewRequest.RecommendationEnum.CONTINUE)
                .summary("Joint review with the partner: on track");
    }

    private static MoneyRequest usd(long amount) {
        return new MoneyRequest().amount(BigDecimal.valueOf(amount)).currency("USD");
    }

    private static Score score(int likelihood, int impact) {
        return new Score().likelihood(likelihood).impact(impact);
    }
}
