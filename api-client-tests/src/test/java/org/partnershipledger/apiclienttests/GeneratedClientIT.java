package org.partnershipledger.apiclienttests;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnershipledger.apiclient.ApiClient;
import org.partnershipledger.apiclient.ApiException;
import org.partnershipledger.apiclient.api.AgreementControllerApi;
import org.partnershipledger.apiclient.api.AuditControllerApi;
import org.partnershipledger.apiclient.api.PartnershipControllerApi;
import org.partnershipledger.apiclient.api.ReviewControllerApi;
import org.partnershipledger.apiclient.api.VettingCommandsControllerApi;
import org.partnershipledger.apiclient.api.VettingQueriesControllerApi;
import org.partnershipledger.apiclient.model.AssessCriterionRequest;
import org.partnershipledger.apiclient.model.AuditedEvent;
import org.partnershipledger.apiclient.model.ConcludeAgreementRequest;
import org.partnershipledger.apiclient.model.CriterionView;
import org.partnershipledger.apiclient.model.DecideVettingRequest;
import org.partnershipledger.apiclient.model.PartnershipView;
import org.partnershipledger.apiclient.model.Problem;
import org.partnershipledger.apiclient.model.VettingOutcomeView;
import org.partnershipledger.apiclient.model.VettingQueueItem;
import org.partnershipledger.apiclient.model.VettingView;
import org.partnershipledger.testsupport.process.ServiceProcess;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.partnershipledger.apiclienttests.DemoUsers.AUDITOR;
import static org.partnershipledger.apiclienttests.DemoUsers.COUNTRY_APPROVER;
import static org.partnershipledger.apiclienttests.DemoUsers.OFFICER;
import static org.partnershipledger.apiclienttests.DemoUsers.VETTER;
import static org.partnershipledger.apiclienttests.Eventually.eventually;
import static org.partnershipledger.apiclienttests.LifecycleRequests.completeAgreement;
import static org.partnershipledger.apiclienttests.LifecycleRequests.lowRisk;
import static org.partnershipledger.apiclienttests.LifecycleRequests.onTrackReview;
import static org.partnershipledger.apiclienttests.LifecycleRequests.smallGrant;

/**
 * The served OpenAPI document is a contract a program can be written against. The build generated this module's
 * client from the document the packaged service served moments before (pom.xml); this test drives a partnership from
 * its proposal through vetting, agreement and review to its audit history with that client alone, as the README's
 * demo users would, and sees a refusal arrive as the documented problem.
 */
class GeneratedClientIT {

    private static final String PARTNER = "jeunesse-radio";

    private static final Map<String, ApiClient> CLIENTS = new HashMap<>();

    private static ServiceProcess service;

    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeAll
    static void startService() {
        service = PackagedService.launcher("generated-client").start();
    }

    @AfterAll
    static void stopService() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void a_partnership_goes_from_proposal_through_vetting_agreement_and_review_into_its_audit_history()
            throws Exception {
        String partnershipId = new PartnershipControllerApi(as(OFFICER))
                .propose(smallGrant(PARTNER), UUID.randomUUID().toString()).getId();

        VettingView vetting = openedVetting(partnershipId);
        clear(vetting);
        PartnershipView vetted = eventually("partner " + PARTNER + " vetted",
                () -> new PartnershipControllerApi(as(OFFICER)).get(partnershipId),
                view -> view.getStatus() == PartnershipView.StatusEnum.VETTED);
        assertThat(vetted.getPartners()).singleElement()
                .satisfies(partner -> {
                    assertThat(partner.getVetting().getVettingId()).isEqualTo(vetting.getVettingId());
                    assertThat(partner.getVetting().getOutcome()).isEqualTo(VettingOutcomeView.OutcomeEnum.CLEARED);
                });

        refusesAnIncompleteAgreementWithTheDocumentedProblem(partnershipId);
        new AgreementControllerApi(as(OFFICER)).concludeAgreement(partnershipId,
                completeAgreement(PARTNER, today.minusDays(60)), null, "\"" + vetted.getVersion() + "\"");
        new ReviewControllerApi(as(OFFICER)).record(partnershipId,
                onTrackReview(PARTNER, "review-1", today.minusDays(5)), null, null);
        eventually("the review on the agreed partnership",
                () -> new PartnershipControllerApi(as(OFFICER)).get(partnershipId),
                view -> view.getStatus() == PartnershipView.StatusEnum.AGREED && view.getReviews().size() == 1);

        AuditControllerApi audit = new AuditControllerApi(as(AUDITOR));
        assertThat(audit.partnershipHistory(partnershipId, null, null).getEvents())
                .extracting(AuditedEvent::getType, event -> event.getActor().getUserId())
                .containsExactly(
                        tuple("PartnershipProposed", OFFICER),
                        // The vetting process records the decision on the partnership for the approver who made it.
                        tuple("VettingOutcomeRecorded", COUNTRY_APPROVER),
                        tuple("PartnershipVetted", COUNTRY_APPROVER),
                        tuple("AgreementConcluded", OFFICER),
                        tuple("ReviewRecorded", OFFICER));
        assertThat(audit.vettingHistory(vetting.getVettingId(), null, null).getEvents())
                .extracting(AuditedEvent::getType, event -> event.getActor().getUserId())
                .containsExactlyElementsOf(vettingSteps(vetting.getCriteria().size()));
    }

    /** The vetting the process opened for the partner, once screened and in the vetting officer's views. */
    private VettingView openedVetting(String partnershipId) throws ApiException {
        VettingQueriesControllerApi vettings = new VettingQueriesControllerApi(as(VETTER));
        VettingQueueItem queued = eventually("the vetting of " + PARTNER + ", screened, in the queue",
                () -> vettings.queue(null, null, partnershipId, PARTNER, null, null, null),
                queue -> queue.getItems().stream().anyMatch(item -> Boolean.TRUE.equals(item.getScreened())))
                .getItems().get(0);
        assertThat(queued.getTier()).isEqualTo(VettingQueueItem.TierEnum.LIGHT);
        assertThat(queued.getRequiredAuthority())
                .isEqualTo(VettingQueueItem.RequiredAuthorityEnum.COUNTRY_OFFICE_APPROVER);
        return eventually("the vetting's criteria", () -> vettings.vetting(queued.getVettingId()),
                vetting -> !vetting.getCriteria().isEmpty());
    }

    /** Every criterion met and a low risk, prepared by the vetting officer; cleared by the country approver. */
    private void clear(VettingView vetting) throws ApiException {
        VettingCommandsControllerApi vetter = new VettingCommandsControllerApi(as(VETTER));
        for (CriterionView criterion : vetting.getCriteria()) {
            vetter.assess(vetting.getVettingId(), new AssessCriterionRequest()
                    // The document spells each enum out where it is used, so each property has an enum of its own.
                    .criterion(AssessCriterionRequest.CriterionEnum.fromValue(criterion.getCriterion().getValue()))
                    .result(AssessCriterionRequest.ResultEnum.MET)
                    .evidence("Desk review of public sources and the partner's own documents"), null, null);
        }
        vetter.rateRisk(vetting.getVettingId(), lowRisk(), null, null);
        new VettingCommandsControllerApi(as(COUNTRY_APPROVER)).decide(vetting.getVettingId(),
                new DecideVettingRequest()
                        .decision(DecideVettingRequest.DecisionEnum.CLEARED)
                        .reasons(List.of("Every criterion met; low risk on every count")),
                null, null);
    }

    private void refusesAnIncompleteAgreementWithTheDocumentedProblem(String partnershipId) throws Exception {
        ApiClient officer = as(OFFICER);
        ApiException refusal = catchThrowableOfType(ApiException.class,
                () -> new AgreementControllerApi(officer).concludeAgreement(partnershipId,
                        new ConcludeAgreementRequest().signedOn(today), null, null));

        assertThat(refusal.getCode()).isEqualTo(422);
        assertThat(refusal.getResponseHeaders().firstValue("Content-Type")).hasValue("application/problem+json");
        Problem problem = officer.getObjectMapper().readValue(refusal.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getRule()).isEqualTo("P4");
        assertThat(String.join("; ", problem.getViolations()))
                .contains("objectives", "startDate", "reviewFrequencyMonths");
    }

    /** The vetting's events, each with who caused it: the process opens and screens it for the proposer. */
    private static List<Tuple> vettingSteps(int criteria) {
        List<Tuple> steps = new ArrayList<>(List.of(
                tuple("VettingOpened", OFFICER),
                tuple("SanctionsScreeningRecorded", OFFICER)));
        steps.addAll(Collections.nCopies(criteria, tuple("CriterionAssessed", VETTER)));
        steps.add(tuple("RiskRated", VETTER));
        steps.add(tuple("VettingDecided", COUNTRY_APPROVER));
        return steps;
    }

    private static ApiClient as(String user) {
        return CLIENTS.computeIfAbsent(user, signedIn -> DemoUsers.signedIn(signedIn, service.baseUri()));
    }
}
