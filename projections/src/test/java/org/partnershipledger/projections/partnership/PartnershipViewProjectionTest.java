package org.partnershipledger.projections.partnership;

import org.partnershipledger.projections.EventHistory;
import org.junit.jupiter.api.Test;
import org.partnershipledger.application.partnership.queries.FindPartnership;
import org.partnershipledger.application.partnership.views.CorrectivePlanView.Closure;
import org.partnershipledger.application.partnership.views.PartnershipView;
import org.partnershipledger.domain.partnership.AgreementChanges;
import org.partnershipledger.domain.partnership.DiscontinuationReason;
import org.partnershipledger.domain.partnership.EngagementLevel;
import org.partnershipledger.domain.partnership.FunctioningRating;
import org.partnershipledger.domain.partnership.NextStep;
import org.partnershipledger.domain.partnership.PartnerProfile;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipStatus;
import org.partnershipledger.domain.partnership.RecordedFact;
import org.partnershipledger.domain.partnership.ReviewProgress;
import org.partnershipledger.domain.partnership.ReviewRecommendation;
import org.partnershipledger.domain.partnership.VettingOutcome;
import org.partnershipledger.domain.partnership.events.ReviewRecorded;
import org.partnershipledger.domain.shared.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.projections.partnership.PartnershipEvents.TOSTAN;
import static org.partnershipledger.projections.partnership.PartnershipEvents.action;
import static org.partnershipledger.projections.partnership.PartnershipEvents.partner;

class PartnershipViewProjectionTest {

    private static final Instant PROPOSED_AT = Instant.parse("2026-03-01T10:00:00Z");
    private static final LocalDate SIGNED_ON = LocalDate.of(2026, 4, 1);
    private static final PartnerProfile WHO = partner("who", "World Health Organization", PartnerType.UN_ENTITY);

    private final InMemoryPartnershipStore store = new InMemoryPartnershipStore();
    private final PartnershipViewProjection projection = new PartnershipViewProjection(store);
    private final PartnershipEvents events = new PartnershipEvents("p-1");
    private final EventHistory history = new EventHistory(projection, PROPOSED_AT);

    @Test
    void a_proposed_partnership_is_shown_as_proposed_with_its_partners() {
        history.then(events.proposed("Community-led abandonment"));

        PartnershipView view = view();
        assertThat(view.status()).isEqualTo(PartnershipStatus.PROPOSED);
        assertThat(view.version()).isZero();
        assertThat(view.leadOffice()).isEqualTo("CO-SEN");
        assertThat(view.proposedBy()).isEqualTo("officer");
        assertThat(view.proposedAt()).isEqualTo(PROPOSED_AT);
        assertThat(view.transfer()).isEqualTo(Money.of("250000", "USD"));
        assertThat(view.cycle()).isEqualTo(1);
        assertThat(view.nextReviewDue()).isNull();
        assertThat(view.partners()).singleElement().satisfies(partner -> {
            assertThat(partner.name()).isEqualTo("Tostan");
            assertThat(partner.type()).isEqualTo(PartnerType.CSO);
            assertThat(partner.engagement()).isEqualTo(EngagementLevel.ACTIVE);
            assertThat(partner.joinedAt()).isEqualTo(PROPOSED_AT);
            assertThat(partner.vetting()).isNull();
        });
    }

    @Test
    void a_redelivered_proposal_does_not_overwrite_the_view() {
        history.then(events.proposed("Original title"));
        history.redeliver(events.proposed("Redelivered copy"), 0L, PROPOSED_AT.plusSeconds(60));

        assertThat(view().title()).isEqualTo("Original title");
    }

    @Test
    void a_redelivered_event_is_not_applied_twice() {
        ReviewRecorded review = events.reviewed("r-1", SIGNED_ON.plusMonths(6), ReviewProgress.ON_TRACK);
        history.then(events.proposed("T"), events.agreed(SIGNED_ON, 6), review);
        long reviewSequence = history.lastSequence();
        int savesBefore = store.saves();

        history.redeliver(review, reviewSequence, history.lastTimestamp());
        history.redeliver(events.agreed(SIGNED_ON, 6), reviewSequence - 1, history.lastTimestamp());

        assertThat(view().reviews()).hasSize(1);
        assertThat(view().version()).isEqualTo(reviewSequence);
        assertThat(store.saves()).isEqualTo(savesBefore);
    }

    @Test
    void a_replay_after_a_reset_rebuilds_the_view_from_the_first_event() {
        history.then(events.proposed("Before the replay"));
        projection.reset();

        history.redeliver(events.proposed("Rebuilt"), 0L, PROPOSED_AT);

        assertThat(view().title()).isEqualTo("Rebuilt");
    }

    @Test
    void an_unknown_partnership_is_not_found() {
        assertThat(projection.handle(new FindPartnership("nope"))).isEmpty();
    }

    @Test
    void an_event_of_a_partnership_never_proposed_is_ignored() {
        history.then(events.cleared(TOSTAN, LocalDate.of(2028, 1, 1)));

        assertThat(projection.handle(new FindPartnership("p-1"))).isEmpty();
    }

    @Test
    void version_and_last_changed_at_follow_the_last_event_applied() {
        history.then(events.proposed("T"), events.cleared(TOSTAN, LocalDate.of(2028, 1, 1)), events.vetted(TOSTAN));

        assertThat(view().version()).isEqualTo(2);
        assertThat(view().lastChangedAt()).isEqualTo(PROPOSED_AT.plusSeconds(2 * 3600));
        assertThat(view().proposedAt()).isEqualTo(PROPOSED_AT);
    }

    @Test
    void each_partner_shows_its_latest_vetting_outcome() {
        history.then(events.proposed("T", TOSTAN, WHO),
                events.vettingOutcome(TOSTAN, "v-1", VettingOutcome.CLEARED, List.of(), false),
                events.vettingOutcome(TOSTAN, "v-2", VettingOutcome.CLEARED_WITH_CONDITIONS,
                        List.of("quarterly financial reports"), true),
                events.vettingOutcome(WHO, "v-3", VettingOutcome.REJECTED, List.of(), false));

        assertThat(view().partners()).satisfiesExactly(
                tostan -> {
                    assertThat(tostan.vetting().vettingId()).isEqualTo("v-2");
                    assertThat(tostan.vetting().outcome()).isEqualTo(VettingOutcome.CLEARED_WITH_CONDITIONS);
                    assertThat(tostan.vetting().conditions()).containsExactly("quarterly financial reports");
                    assertThat(tostan.vetting().reusedClearance()).isTrue();
                    assertThat(tostan.vetting().validUntil()).isEqualTo(LocalDate.of(2028, 1, 31));
                },
                who -> {
                    assertThat(who.vetting().outcome()).isEqualTo(VettingOutcome.REJECTED);
                    assertThat(who.vetting().validUntil()).isNull();
                });
    }

    @Test
    void all_partners_cleared_makes_it_vetted_and_a_newcomer_returns_it_to_proposed() {
        history.then(events.proposed("T"), events.cleared(TOSTAN, LocalDate.of(2028, 1, 1)), events.vetted(TOSTAN));
        assertThat(view().status()).isEqualTo(PartnershipStatus.VETTED);

        history.then(events.joined(WHO), events.returnedToProposed(WHO));

        assertThat(view().status()).isEqualTo(PartnershipStatus.PROPOSED);
        assertThat(view().partners()).extracting(p -> p.name()).containsExactly("Tostan", "World Health Organization");
        assertThat(view().partners().get(1).joinedAt()).isEqualTo(PROPOSED_AT.plusSeconds(3 * 3600));
    }

    @Test
    void a_partner_that_leaves_is_listed_among_former_partners_with_its_reason() {
        history.then(events.proposed("T", TOSTAN, WHO), events.left(WHO, "no capacity this year"));

        assertThat(view().partners()).extracting(p -> p.partnerId()).containsExactly("tostan");
        assertThat(view().formerPartners()).singleElement().satisfies(former -> {
            assertThat(former.name()).isEqualTo("World Health Organization");
            assertThat(former.leftReason()).isEqualTo("no capacity this year");
            assertThat(former.leftAt()).isEqualTo(PROPOSED_AT.plusSeconds(3600));
        });
    }

    @Test
    void a_concluded_agreement_shows_signing_date_cycle_terms_and_clearances() {
        history.then(events.proposed("T"), events.agreed(1, SIGNED_ON, SIGNED_ON.plusDays(14), 6));

        PartnershipView view = view();
        assertThat(view.status()).isEqualTo(PartnershipStatus.AGREED);
        assertThat(view.firstAgreedOn()).isEqualTo(SIGNED_ON);
        assertThat(view.agreement().cycle()).isEqualTo(1);
        assertThat(view.agreement().signedOn()).isEqualTo(SIGNED_ON);
        assertThat(view.agreement().agencyTransfer()).isEqualTo(Money.of("250000", "USD"));
        assertThat(view.agreement().reducedRequirements()).isFalse();
        assertThat(view.agreement().terms().objectives()).containsExactly("End harmful practices in 200 villages");
        assertThat(view.agreement().terms().reviewFrequencyMonths()).isEqualTo(6);
        assertThat(view.agreement().terms().contributions()).singleElement().satisfies(c -> {
            assertThat(c.partnerId()).isEqualTo("tostan");
            assertThat(c.role()).isEqualTo("implementer");
        });
        assertThat(view.agreement().clearances()).extracting(c -> c.vettingId()).containsExactly("vetting-tostan");
        assertThat(view.agreement().amendments()).isEmpty();
    }

    @Test
    void amendments_are_listed_in_order_and_the_terms_read_as_amended() {
        LocalDate newEnd = SIGNED_ON.plusYears(4);
        history.then(events.proposed("T"), events.agreed(SIGNED_ON, 6),
                events.amended("a-1", SIGNED_ON.plusMonths(2), AgreementChanges.duration(newEnd), "drought delays",
                        PartnershipEvents.TRANSFER, PartnershipEvents.TRANSFER,
                        AgreementChanges.duration(newEnd).applyTo(PartnershipEvents.terms(SIGNED_ON, 6))),
                events.amended("a-2", SIGNED_ON.plusMonths(3), AgreementChanges.budget(Money.of("300000", "USD")),
                        "two more districts", Money.of("300000", "USD"), PartnershipEvents.TRANSFER,
                        AgreementChanges.duration(newEnd).applyTo(PartnershipEvents.terms(SIGNED_ON, 6))));

        PartnershipView view = view();
        assertThat(view.agreement().amendments()).satisfiesExactly(
                first -> {
                    assertThat(first.amendmentId()).isEqualTo("a-1");
                    assertThat(first.changes().intendedEndDate()).isEqualTo(newEnd);
                    assertThat(first.changes().objectives()).isNull();
                    assertThat(first.rationale()).isEqualTo("drought delays");
                },
                second -> {
                    assertThat(second.amendedOn()).isEqualTo(SIGNED_ON.plusMonths(3));
                    assertThat(second.changes().agencyTransfer()).isEqualTo(Money.of("300000", "USD"));
                    assertThat(second.previousAgencyTransfer()).isEqualTo(PartnershipEvents.TRANSFER);
                });
        assertThat(view.agreement().terms().intendedEndDate()).isEqualTo(newEnd);
        assertThat(view.agreement().agencyTransfer()).isEqualTo(Money.of("300000", "USD"));
        assertThat(view.transfer()).isEqualTo(Money.of("300000", "USD"));
    }

    @Test
    void reviews_are_listed_in_order_with_everything_the_partners_said() {
        history.then(events.proposed("T"), events.agreed(SIGNED_ON, 6),
                events.reviewed("r-1", SIGNED_ON.plusMonths(6), ReviewProgress.ON_TRACK),
                events.reviewed("r-2", SIGNED_ON.plusMonths(12), ReviewProgress.SOME_PROGRESS,
                        ReviewRecommendation.REVISE, "slower in the north"));

        assertThat(view().reviews()).extracting(r -> r.reviewId()).containsExactly("r-1", "r-2");
        assertThat(view().reviews().get(1)).satisfies(review -> {
            assertThat(review.cycle()).isEqualTo(1);
            assertThat(review.reviewDate()).isEqualTo(SIGNED_ON.plusMonths(12));
            assertThat(review.progress()).isEqualTo(ReviewProgress.SOME_PROGRESS);
            assertThat(review.functioning().communications().rating()).isEqualTo(FunctioningRating.NEEDS_ATTENTION);
            assertThat(review.functioning().communications().note()).isEqualTo("reports arrive late");
            assertThat(review.worthItsCosts()).isTrue();
            assertThat(review.worthItsCostsNote()).isEqualTo("worth it");
            assertThat(review.participants()).containsExactly("tostan");
            assertThat(review.commitments()).singleElement().satisfies(c -> assertThat(c.kept()).isTrue());
            assertThat(review.recommendation()).isEqualTo(ReviewRecommendation.REVISE);
            assertThat(review.summary()).isEqualTo("slower in the north");
        });
    }

    @Test
    void without_a_review_the_next_review_is_due_one_frequency_after_the_agreement_starts() {
        history.then(events.proposed("T"), events.agreed(1, SIGNED_ON, LocalDate.of(2026, 5, 1), 6));

        assertThat(view().nextReviewDue()).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void the_next_review_is_due_one_frequency_after_the_latest_review() {
        history.then(events.proposed("T"), events.agreed(SIGNED_ON, 6),
                events.reviewed("r-2", LocalDate.of(2026, 12, 15), ReviewProgress.ON_TRACK),
                events.reviewed("r-1", LocalDate.of(2026, 10, 1), ReviewProgress.ON_TRACK));

        assertThat(view().nextReviewDue()).isEqualTo(LocalDate.of(2027, 6, 15));
    }

    @Test
    void no_review_is_due_before_agreement_without_a_frequency_or_after_the_end() {
        history.then(events.proposed("T"));
        assertThat(view().nextReviewDue()).isNull();

        history.then(events.agreed(1, SIGNED_ON, SIGNED_ON, null));
        assertThat(view().nextReviewDue()).isNull();

        PartnershipEvents other = new PartnershipEvents("p-2");
        new EventHistory(projection, PROPOSED_AT).then(other.proposed("U"), other.agreed(SIGNED_ON, 6),
                other.concluded(1, SIGNED_ON.plusYears(1), NextStep.SUSTAIN));
        assertThat(view("p-2").nextReviewDue()).isNull();
    }

    @Test
    void a_poor_review_puts_it_under_correction_with_the_plan_deadline() {
        LocalDate reviewDate = SIGNED_ON.plusMonths(6);
        history.then(events.proposed("T"), events.agreed(SIGNED_ON, 6),
                events.reviewed("r-1", reviewDate, ReviewProgress.LITTLE_OR_NO_PROGRESS),
                events.placedUnderCorrection("r-1", reviewDate));

        assertThat(view().status()).isEqualTo(PartnershipStatus.UNDER_CORRECTION);
        assertThat(view().underCorrection().reviewId()).isEqualTo("r-1");
        assertThat(view().underCorrection().planDeadline()).isEqualTo(reviewDate.plusDays(30));
        assertThat(view().openCorrectivePlan()).isNull();
        assertThat(view().nextReviewDue()).isEqualTo(reviewDate.plusMonths(6));
    }

    @Test
    void the_open_plan_shows_each_action_with_its_due_date_and_whether_it_is_done() {
        LocalDate reviewDate = SIGNED_ON.plusMonths(6);
        history.then(events.proposed("T"), events.agreed(SIGNED_ON, 6),
                events.reviewed("r-1", reviewDate, ReviewProgress.LITTLE_OR_NO_PROGRESS),
                events.placedUnderCorrection("r-1", reviewDate),
                events.planAgreed("plan-1", reviewDate.plusDays(10), reviewDate.plusDays(30), null,
                        action("hire", TOSTAN, reviewDate.plusDays(40)),
                        action("audit", null, reviewDate.plusDays(60))),
                events.actionCompleted("plan-1", "hire", reviewDate.plusDays(35)));

        assertThat(view().openCorrectivePlan()).satisfies(plan -> {
            assertThat(plan.planId()).isEqualTo("plan-1");
            assertThat(plan.deadline()).isEqualTo(reviewDate.plusDays(30));
            assertThat(plan.closure()).isNull();
            assertThat(plan.actions()).satisfiesExactly(
                    hire -> {
                        assertThat(hire.done()).isTrue();
                        assertThat(hire.completedOn()).isEqualTo(reviewDate.plusDays(35));
                        assertThat(hire.responsible()).isEqualTo("Tostan");
                        assertThat(hire.responsiblePartnerId()).isEqualTo("tostan");
                    },
                    audit -> {
                        assertThat(audit.done()).isFalse();
                        assertThat(audit.dueDate()).isEqualTo(reviewDate.plusDays(60));
                        assertThat(audit.responsible()).isEqualTo("agency");
                        assertThat(audit.responsiblePartnerId()).isNull();
                    });
        });
    }

    @Test
    void a_budget_modification_in_a_plan_changes_what_the_agency_transfers() {
        LocalDate reviewDate = SIGNED_ON.plusMonths(6);
        history.then(events.proposed("T"), events.agreed(SIGNED_ON, 6),
                events.reviewed("r-1", reviewDate, ReviewProgress.LITTLE_OR_NO_PROGRESS),
                events.placedUnderCorrection("r-1", reviewDate),
                events.planAgreed("plan-1", reviewDate.plusDays(1), reviewDate.plusDays(30),
                        Money.of("180000", "USD"), action("hire", TOSTAN, reviewDate.plusDays(40))));

        assertThat(view().transfer()).isEqualTo(Money.of("180000", "USD"));
        assertThat(view().openCorrectivePlan().budgetModification()).isEqualTo(Money.of("180000", "USD"));
        assertThat(view().openCorrectivePlan().previousAgencyTransfer()).isEqualTo(PartnershipEvents.TRANSFER);
        assertThat(view().openCorrectivePlan().budgetNote()).isEqualTo("fewer villages");
    }

    @Test
    void a_corrected_plan_is_closed_and_the_partnership_is_agreed_again() {
        LocalDate reviewDate = SIGNED_ON.plusMonths(6);
        history.then(events.proposed("T"), events.agreed(SIGNED_ON, 6),
                events.reviewed("r-1", reviewDate, ReviewProgress.LITTLE_OR_NO_PROGRESS),
                events.placedUnderCorrection("r-1", reviewDate),
                events.planAgreed("plan-1", reviewDate.plusDays(1), reviewDate.plusDays(30), null,
                        action("hire", TOSTAN, reviewDate.plusDays(40))),
                events.actionCompleted("plan-1", "hire", reviewDate.plusDays(20)),
                events.reviewed("r-2", reviewDate.plusDays(50), ReviewProgress.SOME_PROGRESS),
                events.corrected("plan-1", "r-2", reviewDate.plusDays(50)));

        PartnershipView view = view();
        assertThat(view.status()).isEqualTo(PartnershipStatus.AGREED);
        assertThat(view.underCorrection()).isNull();
        assertThat(view.openCorrectivePlan()).isNull();
        assertThat(view.closedCorrectivePlans()).singleElement().satisfies(plan -> {
            assertThat(plan.closure()).isEqualTo(Closure.CORRECTED);
            assertThat(plan.closedOn()).isEqualTo(reviewDate.plusDays(50));
            assertThat(plan.correctedByReviewId()).isEqualTo("r-2");
            assertThat(plan.actions()).allSatisfy(a -> assertThat(a.done()).isTrue());
        });
    }

    @Test
    void a_discontinuation_shows_why_and_how_and_closes_the_open_plan() {
        LocalDate reviewDate = SIGNED_ON.plusMonths(6);
        LocalDate effective = reviewDate.plusDays(90);
        history.then(events.proposed("T"), events.agreed(SIGNED_ON, 6),
                events.reviewed("r-1", reviewDate, ReviewProgress.LITTLE_OR_NO_PROGRESS),
                events.placedUnderCorrection("r-1", reviewDate),
                events.planAgreed("plan-1", reviewDate.plusDays(1), reviewDate.plusDays(30), null,
                        action("hire", TOSTAN, reviewDate.plusDays(40))),
                events.discontinued(DiscontinuationReason.NO_PROGRESS, effective, "r-1"));

        PartnershipView view = view();
        assertThat(view.status()).isEqualTo(PartnershipStatus.DISCONTINUED);
        assertThat(view.discontinuation()).satisfies(d -> {
            assertThat(d.reason()).isEqualTo(DiscontinuationReason.NO_PROGRESS);
            assertThat(d.justification()).isEqualTo("no progress after the plan");
            assertThat(d.effectiveDate()).isEqualTo(effective);
            assertThat(d.continuityMeasures()).containsExactly("hand over to the district");
            assertThat(d.evidenceReviewId()).isEqualTo("r-1");
        });
        assertThat(view.openCorrectivePlan()).isNull();
        assertThat(view.closedCorrectivePlans()).singleElement()
                .satisfies(plan -> assertThat(plan.closure()).isEqualTo(Closure.PARTNERSHIP_DISCONTINUED));
        assertThat(view.nextReviewDue()).isNull();
    }

    @Test
    void a_withdrawn_proposal_is_discontinued_with_its_reason() {
        history.then(events.proposed("T"), events.withdrawn("partner merged", LocalDate.of(2026, 3, 20)));

        assertThat(view().status()).isEqualTo(PartnershipStatus.DISCONTINUED);
        assertThat(view().withdrawal().reason()).isEqualTo("partner merged");
        assertThat(view().withdrawal().withdrawnOn()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(view().discontinuation()).isNull();
    }

    @Test
    void a_conclusion_shows_the_final_evaluation_sustainability_and_next_step() {
        history.then(events.proposed("T"), events.agreed(SIGNED_ON, 6),
                events.concluded(1, SIGNED_ON.plusYears(3), NextStep.INSTITUTIONALIZE));

        assertThat(view().status()).isEqualTo(PartnershipStatus.CONCLUDED);
        assertThat(view().conclusion()).satisfies(c -> {
            assertThat(c.concludedOn()).isEqualTo(SIGNED_ON.plusYears(3));
            assertThat(c.evaluationParticipants()).containsExactly("tostan");
            assertThat(c.findings()).containsExactly("objectives met");
            assertThat(c.lessons()).containsExactly("start small");
            assertThat(c.sustainabilityMeasures()).containsExactly("district takes over");
            assertThat(c.nextStep()).isEqualTo(NextStep.INSTITUTIONALIZE);
        });
    }

    @Test
    void a_renewal_keeps_the_ended_cycle_and_starts_a_new_one_without_agreement() {
        LocalDate concludedOn = SIGNED_ON.plusYears(3);
        history.then(events.proposed("T"), events.agreed(SIGNED_ON, 6),
                events.reviewed("r-1", SIGNED_ON.plusMonths(6), ReviewProgress.ON_TRACK),
                events.concluded(1, concludedOn, NextStep.RENEW), events.renewed(2, concludedOn));

        PartnershipView view = view();
        assertThat(view.status()).isEqualTo(PartnershipStatus.VETTED);
        assertThat(view.cycle()).isEqualTo(2);
        assertThat(view.agreement()).isNull();
        assertThat(view.conclusion()).isNull();
        assertThat(view.nextReviewDue()).isNull();
        assertThat(view.earlierCycles()).singleElement().satisfies(cycle -> {
            assertThat(cycle.cycle()).isEqualTo(1);
            assertThat(cycle.agreement().signedOn()).isEqualTo(SIGNED_ON);
            assertThat(cycle.conclusion().nextStep()).isEqualTo(NextStep.RENEW);
            assertThat(cycle.renewedOn()).isEqualTo(concludedOn);
        });

        LocalDate renewedSigning = concludedOn.plusMonths(1);
        history.then(events.agreed(2, renewedSigning, renewedSigning, 12));
        assertThat(view().nextReviewDue()).as("reviews of the ended cycle do not count")
                .isEqualTo(renewedSigning.plusMonths(12));
        assertThat(view().firstAgreedOn()).isEqualTo(SIGNED_ON);
    }

    @Test
    void a_corrected_title_shows_in_the_view_and_the_correction_is_listed() {
        history.then(events.proposed("Comunity-led"),
                events.factCorrected(RecordedFact.TITLE, null, "Comunity-led", "Community-led"));

        assertThat(view().title()).isEqualTo("Community-led");
        assertThat(view().recordCorrections()).singleElement().satisfies(c -> {
            assertThat(c.fact()).isEqualTo(RecordedFact.TITLE);
            assertThat(c.oldValue()).isEqualTo("Comunity-led");
            assertThat(c.newValue()).isEqualTo("Community-led");
            assertThat(c.reason()).isEqualTo("typo");
            assertThat(c.correctedAt()).isEqualTo(PROPOSED_AT.plusSeconds(3600));
        });
    }

    @Test
    void a_corrected_purpose_and_registration_reference_show_in_the_view() {
        history.then(events.proposed("T"),
                events.factCorrected(RecordedFact.PURPOSE, null, "purpose of T", "end cutting"),
                events.factCorrected(RecordedFact.PARTNER_REGISTRATION_REFERENCE, "tostan", "REG-tostan", "SN-1991"));

        assertThat(view().purpose()).isEqualTo("end cutting");
        assertThat(view().partners().get(0).registrationReference()).isEqualTo("SN-1991");
        assertThat(view().recordCorrections()).hasSize(2);
    }

    @Test
    void a_corrected_partner_name_shows_on_the_partner_and_on_its_corrective_actions() {
        LocalDate reviewDate = SIGNED_ON.plusMonths(6);
        history.then(events.proposed("T"), events.agreed(SIGNED_ON, 6),
                events.reviewed("r-1", reviewDate, ReviewProgress.LITTLE_OR_NO_PROGRESS),
                events.placedUnderCorrection("r-1", reviewDate),
                events.planAgreed("plan-1", reviewDate.plusDays(1), reviewDate.plusDays(30), null,
                        action("hire", TOSTAN, reviewDate.plusDays(40)), action("audit", null, reviewDate.plusDays(9))),
                events.factCorrected(RecordedFact.PARTNER_NAME, "tostan", "Tostan", "Tostan International"));

        assertThat(view().partners().get(0).name()).isEqualTo("Tostan International");
        assertThat(view().openCorrectivePlan().actions()).extracting(a -> a.responsible())
                .containsExactly("Tostan International", "agency");
    }

    @Test
    void a_corrected_review_summary_shows_on_the_review_and_its_rating_stays() {
        history.then(events.proposed("T"), events.agreed(SIGNED_ON, 6),
                events.reviewed("r-1", SIGNED_ON.plusMonths(6), ReviewProgress.SOME_PROGRESS),
                events.factCorrected(RecordedFact.REVIEW_SUMMARY, "r-1", "summary of r-1", "villages 1-40 done"));

        assertThat(view().reviews()).singleElement().satisfies(review -> {
            assertThat(review.summary()).isEqualTo("villages 1-40 done");
            assertThat(review.progress()).isEqualTo(ReviewProgress.SOME_PROGRESS);
        });
    }

    private PartnershipView view() {
        return view("p-1");
    }

    private PartnershipView view(String partnershipId) {
        return projection.handle(new FindPartnership(partnershipId)).orElseThrow();
    }
}
