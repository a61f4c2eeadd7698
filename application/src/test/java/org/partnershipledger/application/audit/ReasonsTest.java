package org.partnershipledger.application.audit;

import org.junit.jupiter.api.Test;
import org.partnershipledger.domain.partnership.DiscontinuationReason;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.events.PartnershipDiscontinued;
import org.partnershipledger.domain.partnership.events.PartnershipVetted;
import org.partnershipledger.domain.partnership.events.ProposalWithdrawn;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReasonsTest {

    private static final PartnershipId P = new PartnershipId("p-1");

    record Decided(String vettingId, List<String> reasons, List<String> conditions) {
    }

    record Amended(String id, String rationale) {
    }

    record Reopened(String reason, String information, String reopenedBy) {
    }

    record Dismissed(String entry, String justification) {
    }

    @Test
    void a_single_reason_field_is_the_reason() {
        assertThat(Reasons.of(new ProposalWithdrawn(P, "The radio closed", LocalDate.of(2026, 3, 1))))
                .isEqualTo("The radio closed");
        assertThat(Reasons.of(new Amended("a-1", "Budget cut by the donor"))).isEqualTo("Budget cut by the donor");
        assertThat(Reasons.of(new Dismissed("ZZe.003", "Different country"))).isEqualTo("Different country");
    }

    @Test
    void a_coded_reason_and_its_justification_read_together_in_declaration_order() {
        PartnershipDiscontinued discontinued = new PartnershipDiscontinued(P, DiscontinuationReason.values()[0],
                "No progress after the corrective plan", null, LocalDate.of(2026, 3, 1), List.of(), null);

        assertThat(Reasons.of(discontinued))
                .isEqualTo(DiscontinuationReason.values()[0] + ": No progress after the corrective plan");
        assertThat(Reasons.of(new Reopened("SANCTIONS_LISTING", "A namesake was listed", "vetter")))
                .isEqualTo("SANCTIONS_LISTING: A namesake was listed");
    }

    @Test
    void a_list_of_reasons_is_joined_and_blank_items_are_left_out() {
        assertThat(Reasons.of(new Decided("v-1", Arrays.asList("Sound governance", " ", null, "Clean record"),
                List.of("Quarterly reports")))).isEqualTo("Sound governance; Clean record");
    }

    @Test
    void an_event_without_a_reason_field_or_with_an_empty_one_has_no_reason() {
        assertThat(Reasons.of(new PartnershipVetted(P, List.of()))).isNull();
        assertThat(Reasons.of(new Decided("v-1", List.of(), List.of()))).isNull();
        assertThat(Reasons.of(new Reopened(null, " ", "vetter"))).isNull();
        assertThat(Reasons.of("not a record")).isNull();
        assertThat(Reasons.of(null)).isNull();
    }
}
