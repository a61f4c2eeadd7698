package org.partnershipledger.domain.partnership;

import org.partnershipledger.domain.shared.Money;

import java.util.Objects;

/**
 * What one partner brings to an agreement and what it is responsible for (P4). Parts may be missing here: the
 * aggregate names every missing part at once rather than failing on the first.
 *
 * @param financial        the partner's financial contribution, or {@code null}
 * @param inKind           the partner's in-kind contribution (staff, premises, expertise…), or {@code null}
 * @param role             the partner's role in the partnership
 * @param responsibilities what the partner is accountable for
 */
public record PartnerContribution(PartnerId partnerId, Money financial, String inKind, String role,
                                  String responsibilities) {

    public PartnerContribution {
        Objects.requireNonNull(partnerId, "partnerId is required");
    }

    /** A collaborative relationship's entry: a role, and no resources. */
    public static PartnerContribution roleOnly(PartnerId partnerId, String role) {
        return new PartnerContribution(partnerId, null, null, role, null);
    }

    /** Whether the partner brings funds or other resources, which only a formal partnership may record (P1). */
    public boolean bringsResources() {
        return (financial != null && !financial.hasNoAmount()) || Lists.hasText(inKind);
    }
}
