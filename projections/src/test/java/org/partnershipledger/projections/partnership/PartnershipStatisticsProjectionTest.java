package org.partnershipledger.projections.partnership;

import org.partnershipledger.projections.EventHistory;
import org.junit.jupiter.api.Test;
import org.partnershipledger.application.partnership.queries.FindPartnershipStatistics;
import org.partnershipledger.application.partnership.views.PartnershipStatistics;
import org.partnershipledger.domain.partnership.DiscontinuationReason;
import org.partnershipledger.domain.partnership.NextStep;
import org.partnershipledger.domain.partnership.PartnershipStatus;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PartnershipStatisticsProjectionTest {

    /** Late in the evening UTC: the day of the proposal is counted in UTC, whatever the office's time zone. */
    private static final Instant PROPOSED_AT = Instant.parse("2026-01-01T23:30:00Z");
    private static final LocalDate PROPOSED_ON = LocalDate.of(2026, 1, 1);

    private final InMemoryPartnershipStore store = new InMemoryPartnershipStore();
    private final PartnershipViewProjection views = new PartnershipViewProjection(store);
    private final PartnershipStatisticsProjection statistics = new PartnershipStatisticsProjection(store);

    @Test
    void counts_by_status_include_every_status_with_zeros() {
        proposed("p-1");
        proposed("p-2");
        agreedAfterDays("p-3", 10);

        PartnershipStatistics stats = statistics();

        assertThat(stats.countsByStatus()).containsOnlyKeys(PartnershipStatus.values())
                .containsEntry(PartnershipStatus.PROPOSED, 2L)
                .containsEntry(PartnershipStatus.AGREED, 1L)
                .containsEntry(PartnershipStatus.CONCLUDED, 0L);
    }

    @Test
    void the_median_is_null_when_no_partnership_was_agreed() {
        proposed("p-1");

        assertThat(statistics().medianDaysFromProposalToAgreement()).isNull();
    }

    @Test
    void the_median_of_an_odd_number_of_agreements_is_the_middle_one() {
        agreedAfterDays("p-1", 90);
        agreedAfterDays("p-2", 10);
        agreedAfterDays("p-3", 30);

        assertThat(statistics().medianDaysFromProposalToAgreement()).isEqualTo(30.0);
    }

    @Test
    void an_agreement_signed_before_the_proposal_was_recorded_stays_out_of_the_median() {
        agreedAfterDays("p-1", 30);
        agreedAfterDays("back-entered", -400);

        assertThat(statistics().medianDaysFromProposalToAgreement()).isEqualTo(30.0);
    }

    @Test
    void the_median_of_an_even_number_of_agreements_is_the_mean_of_the_middle_two() {
        agreedAfterDays("p-1", 10);
        agreedAfterDays("p-2", 20);
        agreedAfterDays("p-3", 35);
        agreedAfterDays("p-4", 400);

        assertThat(statistics().medianDaysFromProposalToAgreement()).isEqualTo(27.5);
    }

    @Test
    void the_median_counts_the_days_to_the_first_agreement_not_to_a_renewal() {
        PartnershipEvents events = new PartnershipEvents("p-1");
        LocalDate firstSigning = PROPOSED_ON.plusDays(40);
        LocalDate concludedOn = firstSigning.plusYears(2);
        new EventHistory(views, PROPOSED_AT).then(events.proposed("Renewed"), events.agreed(firstSigning, 6),
                events.concluded(1, concludedOn, NextStep.RENEW), events.renewed(2, concludedOn),
                events.agreed(2, concludedOn.plusDays(5), concludedOn.plusDays(5), 6));

        assertThat(statistics().medianDaysFromProposalToAgreement()).isEqualTo(40.0);
    }

    @Test
    void discontinuation_reasons_are_counted_and_withdrawals_apart() {
        discontinued("p-1", DiscontinuationReason.NO_PROGRESS);
        discontinued("p-2", DiscontinuationReason.NO_PROGRESS);
        discontinued("p-3", DiscontinuationReason.CHANGED_CONTEXT);
        PartnershipEvents withdrawn = new PartnershipEvents("p-4");
        new EventHistory(views, PROPOSED_AT).then(withdrawn.proposed("Withdrawn"),
                withdrawn.withdrawn("partner merged", PROPOSED_ON.plusDays(3)));

        PartnershipStatistics stats = statistics();

        assertThat(stats.discontinuationReasons()).containsOnlyKeys(DiscontinuationReason.values())
                .containsEntry(DiscontinuationReason.NO_PROGRESS, 2L)
                .containsEntry(DiscontinuationReason.CHANGED_CONTEXT, 1L)
                .containsEntry(DiscontinuationReason.MUTUAL_AGREEMENT, 0L);
        assertThat(stats.withdrawnProposals()).isEqualTo(1);
        assertThat(stats.countsByStatus()).containsEntry(PartnershipStatus.DISCONTINUED, 4L);
    }

    private void proposed(String id) {
        PartnershipEvents events = new PartnershipEvents(id);
        new EventHistory(views, PROPOSED_AT).then(events.proposed("Partnership " + id));
    }

    private void agreedAfterDays(String id, int days) {
        PartnershipEvents events = new PartnershipEvents(id);
        new EventHistory(views, PROPOSED_AT).then(events.proposed("Partnership " + id),
                events.agreed(PROPOSED_ON.plusDays(days), 6));
    }

    private void discontinued(String id, DiscontinuationReason reason) {
        PartnershipEvents events = new PartnershipEvents(id);
        new EventHistory(views, PROPOSED_AT).then(events.proposed("Partnership " + id),
                events.agreed(PROPOSED_ON.plusDays(20), 6),
                events.discontinued(reason, PROPOSED_ON.plusDays(200), null));
    }

    private PartnershipStatistics statistics() {
        return statistics.handle(new FindPartnershipStatistics());
    }
}
