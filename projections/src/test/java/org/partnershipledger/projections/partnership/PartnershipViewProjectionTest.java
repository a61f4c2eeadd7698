package org.partnershipledger.projections.partnership;

import org.junit.jupiter.api.Test;
import org.partnershipledger.application.partnership.queries.FindPartnership;
import org.partnershipledger.application.partnership.views.PartnershipView;
import org.partnershipledger.domain.partnership.AgencyRole;
import org.partnershipledger.domain.partnership.EngagementLevel;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnerProfile;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipForm;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.PartnershipStatus;
import org.partnershipledger.domain.partnership.Scope;
import org.partnershipledger.domain.partnership.events.PartnershipProposed;
import org.partnershipledger.domain.shared.Money;
import org.partnershipledger.domain.shared.OfficeCode;
import org.partnershipledger.domain.shared.UserId;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PartnershipViewProjectionTest {

    private static final Instant PROPOSED_AT = Instant.parse("2026-03-01T10:00:00Z");

    private final InMemoryPartnershipViewStore store = new InMemoryPartnershipViewStore();
    private final PartnershipViewProjection projection = new PartnershipViewProjection(store);

    @Test
    void a_proposed_partnership_is_shown_as_proposed_with_its_partners() {
        projection.on(proposed("p-1", "Community-led abandonment"), 0L, PROPOSED_AT);

        PartnershipView view = projection.handle(new FindPartnership("p-1")).orElseThrow();
        assertThat(view.status()).isEqualTo(PartnershipStatus.PROPOSED);
        assertThat(view.version()).isZero();
        assertThat(view.leadOffice()).isEqualTo("CO-SEN");
        assertThat(view.proposedBy()).isEqualTo("officer");
        assertThat(view.proposedAt()).isEqualTo(PROPOSED_AT);
        assertThat(view.transfer()).isEqualTo(Money.of("250000", "USD"));
        assertThat(view.partners()).singleElement()
                .satisfies(partner -> {
                    assertThat(partner.name()).isEqualTo("Tostan");
                    assertThat(partner.type()).isEqualTo(PartnerType.CSO);
                    assertThat(partner.engagement()).isEqualTo(EngagementLevel.ACTIVE);
                });
    }

    @Test
    void a_redelivered_proposal_does_not_overwrite_the_view() {
        projection.on(proposed("p-1", "Original title"), 0L, PROPOSED_AT);
        projection.on(proposed("p-1", "Redelivered copy"), 0L, PROPOSED_AT.plusSeconds(60));

        assertThat(projection.handle(new FindPartnership("p-1")).orElseThrow().title()).isEqualTo("Original title");
    }

    @Test
    void an_unknown_partnership_is_not_found() {
        assertThat(projection.handle(new FindPartnership("nope"))).isEmpty();
    }

    private static PartnershipProposed proposed(String id, String title) {
        return new PartnershipProposed(new PartnershipId(id), title, "purpose", PartnershipForm.FORMAL_PARTNERSHIP,
                AgencyRole.PARTNER, Scope.NATIONAL, Money.of("250000", "USD"),
                List.of(new PartnerProfile(new PartnerId("tostan"), "Tostan", PartnerType.CSO, "SN", null,
                        EngagementLevel.ACTIVE)),
                new OfficeCode("CO-SEN"), new UserId("officer"));
    }
}
