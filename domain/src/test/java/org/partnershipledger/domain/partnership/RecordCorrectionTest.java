package org.partnershipledger.domain.partnership;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnershipledger.domain.partnership.commands.CorrectRecordedFact;
import org.partnershipledger.domain.partnership.commands.RecordReview;
import org.partnershipledger.domain.partnership.events.RecordedFactCorrected;
import org.partnershipledger.domain.shared.RuleViolation;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnershipledger.domain.partnership.PartnershipTestData.*;
import static org.partnershipledger.domain.partnership.RecordedFact.PARTNER_NAME;
import static org.partnershipledger.domain.partnership.RecordedFact.PARTNER_REGISTRATION_REFERENCE;
import static org.partnershipledger.domain.partnership.RecordedFact.PURPOSE;
import static org.partnershipledger.domain.partnership.RecordedFact.REVIEW_PROGRESS;
import static org.partnershipledger.domain.partnership.RecordedFact.REVIEW_RECOMMENDATION;
import static org.partnershipledger.domain.partnership.RecordedFact.REVIEW_SUMMARY;
import static org.partnershipledger.domain.partnership.RecordedFact.TITLE;
import static org.partnershipledger.domain.partnership.RecordedFact.VETTING_OUTCOME;

/** P11: descriptive facts are corrected by a new event naming old value, new value and why; decisions are not. */
class RecordCorrectionTest {

    private static final String TITLE_AS_PROPOSED = "Community-led abandonment of harmful practices";
    private static final RecordReview REVIEW = review("r-1", LocalDate.of(2025, 9, 1), ReviewProgress.ON_TRACK, TOSTAN);

    private FixtureConfiguration<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void the_title_is_corrected_naming_the_old_and_new_value_and_why() {
        fixture.given(formalProposal(TOSTAN))
               .when(correct(TITLE, null, TITLE_AS_PROPOSED, "Community-led abandonment of FGM/C"))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new RecordedFactCorrected(ID, TITLE, null, TITLE_AS_PROPOSED,
                       "Community-led abandonment of FGM/C", "typed from an old draft"));
    }

    @Test
    void the_purpose_is_corrected() {
        fixture.given(formalProposal(TOSTAN))
               .when(correct(PURPOSE, null, "Support community-led programmes", "Scale up community-led programmes"))
               .expectEvents(new RecordedFactCorrected(ID, PURPOSE, null, "Support community-led programmes",
                       "Scale up community-led programmes", "typed from an old draft"));
    }

    @Test
    void a_corrected_partner_name_is_the_value_the_next_correction_names() {
        fixture.given(formalProposal(TOSTAN), new RecordedFactCorrected(ID, PARTNER_NAME, "tostan", "Tostan",
                       "Tostan International", "legal name"))
               .when(correct(PARTNER_NAME, "tostan", "Tostan International", "Tostan Inc."))
               .expectEvents(new RecordedFactCorrected(ID, PARTNER_NAME, "tostan", "Tostan International",
                       "Tostan Inc.", "typed from an old draft"));
    }

    @Test
    void a_registration_reference_never_recorded_is_corrected_from_nothing() {
        PartnerProfile unregistered = new PartnerProfile(TOSTAN.partnerId(), "Tostan", PartnerType.CSO, "SN", null,
                EngagementLevel.ACTIVE);

        fixture.given(formalProposal(unregistered))
               .when(correct(PARTNER_REGISTRATION_REFERENCE, "tostan", null, "SN-DKR-1991-B-42"))
               .expectEvents(new RecordedFactCorrected(ID, PARTNER_REGISTRATION_REFERENCE, "tostan", null,
                       "SN-DKR-1991-B-42", "typed from an old draft"));
    }

    @Test
    void a_review_summary_is_corrected() {
        fixture.given(history(agreedHistory(TOSTAN), recorded(REVIEW)))
               .when(correct(REVIEW_SUMMARY, "r-1", REVIEW.summary(), "On track in all four districts"))
               .expectEvents(new RecordedFactCorrected(ID, REVIEW_SUMMARY, "r-1", REVIEW.summary(),
                       "On track in all four districts", "typed from an old draft"));
    }

    @Test
    void a_correction_naming_a_value_other_than_the_recorded_one_is_refused() {
        fixture.given(formalProposal(TOSTAN), new RecordedFactCorrected(ID, PARTNER_NAME, "tostan", "Tostan",
                       "Tostan International", "legal name"))
               .when(correct(PARTNER_NAME, "tostan", "Tostan", "Tostan Inc."))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P11: the recorded PARTNER_NAME is 'Tostan International', not 'Tostan': "
                       + "a correction names the value it corrects");
    }

    @Test
    void a_correction_that_changes_nothing_is_refused() {
        fixture.given(formalProposal(TOSTAN))
               .when(correct(TITLE, null, TITLE_AS_PROPOSED, TITLE_AS_PROPOSED))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P11: nothing changes: the recorded TITLE is already '" + TITLE_AS_PROPOSED + "'");
    }

    @Test
    void a_correction_of_an_unknown_partner_is_refused() {
        fixture.given(formalProposal(TOSTAN))
               .when(correct(PARTNER_NAME, "nobody", "Nobody", "Somebody"))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P11: no partner nobody in this partnership");
    }

    @Test
    void a_correction_of_an_unknown_review_is_refused() {
        fixture.given(agreedHistory(TOSTAN))
               .when(correct(REVIEW_SUMMARY, "r-9", "old", "new"))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P11: no review r-9 in this partnership");
    }

    @Test
    void a_vetting_decision_is_not_corrected_but_superseded_by_a_new_decision() {
        fixture.given(vettedHistory(formalProposal(TOSTAN)))
               .when(correct(VETTING_OUTCOME, "tostan", "CLEARED", "REJECTED"))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P11: VETTING_OUTCOME is a decision, not a descriptive fact: it is never "
                       + "corrected; record a new vetting decision for the partner instead");
    }

    @Test
    void a_review_rating_is_not_corrected_but_superseded_by_a_new_review() {
        fixture.given(history(agreedHistory(TOSTAN), recorded(REVIEW)))
               .when(correct(REVIEW_PROGRESS, "r-1", "ON_TRACK", "SOME_PROGRESS"))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P11: REVIEW_PROGRESS is a decision, not a descriptive fact: it is never "
                       + "corrected; record a new review instead");
    }

    @Test
    void a_review_recommendation_is_not_corrected_but_superseded_by_a_new_review() {
        fixture.given(history(agreedHistory(TOSTAN), recorded(REVIEW)))
               .when(correct(REVIEW_RECOMMENDATION, "r-1", "CONTINUE", "REVISE"))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P11: REVIEW_RECOMMENDATION is a decision, not a descriptive fact: it is "
                       + "never corrected; record a new review instead");
    }

    @Test
    void a_correction_needs_a_reason() {
        fixture.given(formalProposal(TOSTAN))
               .when(new CorrectRecordedFact(ID, TITLE, null, TITLE_AS_PROPOSED, "New title", " "))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("P11: a correction needs a reason");
    }

    @Test
    void a_correction_names_its_target_only_when_the_fact_has_one_and_states_the_new_value() {
        assertThatThrownBy(() -> new CorrectRecordedFact(ID, PARTNER_NAME, null, "Tostan", "Tostan Inc.", "why"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("targetId is required for PARTNER_NAME: the partner id");
        assertThatThrownBy(() -> new CorrectRecordedFact(ID, TITLE, "tostan", "a", "b", "why"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("targetId is not used for TITLE");
        assertThatThrownBy(() -> new CorrectRecordedFact(ID, TITLE, null, "a", "", "why"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("newValue is required");
    }


    private static CorrectRecordedFact correct(RecordedFact fact, String targetId, String oldValue, String newValue) {
        return new CorrectRecordedFact(ID, fact, targetId, oldValue, newValue, "typed from an old draft");
    }
}
