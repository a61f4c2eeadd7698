package org.partnershipledger.domain.partnership;

import org.partnershipledger.domain.shared.Money;
import org.partnershipledger.domain.shared.VettingTier;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * V1: the vetting tier an engagement needs, as a pure function of the form of cooperation, the partner's type and
 * the resources transferred.
 *
 * <p>Amounts are compared at face value whatever their currency: the domain holds no exchange rates, so
 * 15,000 EUR counts as 15,000 against a USD threshold. An operator who needs conversion converts before sending
 * the command or configures thresholds that fit the currencies in use.
 *
 * @param smallScaleFunding transfers up to this amount to a non-corporate partner need only {@link VettingTier#LIGHT}
 * @param enhancedAbove     transfers above this amount need {@link VettingTier#ENHANCED} whoever the partner is
 */
public record TierPolicy(Money smallScaleFunding, Money enhancedAbove) {

    /** The agency's defaults: USD 10,000 small-scale ceiling, ENHANCED above USD 1,000,000. */
    public static final TierPolicy DEFAULT = new TierPolicy(Money.of("10000", "USD"), Money.of("1000000", "USD"));

    public TierPolicy {
        Objects.requireNonNull(smallScaleFunding, "smallScaleFunding is required");
        Objects.requireNonNull(enhancedAbove, "enhancedAbove is required");
        if (smallScaleFunding.amount().compareTo(enhancedAbove.amount()) > 0) {
            throw new IllegalArgumentException("smallScaleFunding must not exceed enhancedAbove");
        }
    }

    /**
     * @param transfer the resources transferred to or by the partner, or {@code null} when none are
     */
    public VettingTier requiredTier(PartnershipForm form, PartnerType type, Money transfer) {
        Objects.requireNonNull(form, "form is required");
        Objects.requireNonNull(type, "type is required");
        BigDecimal amount = transfer == null ? BigDecimal.ZERO : transfer.amount();
        if (form == PartnershipForm.COLLABORATIVE_RELATIONSHIP) {
            return VettingTier.LIGHT;
        }
        boolean transfers = amount.signum() > 0;
        boolean privateFunder = type == PartnerType.CORPORATE || type == PartnerType.FOUNDATION;
        if (amount.compareTo(enhancedAbove.amount()) > 0 || (privateFunder && transfers)) {
            return VettingTier.ENHANCED;
        }
        if (type != PartnerType.CORPORATE && amount.compareTo(smallScaleFunding.amount()) <= 0) {
            return VettingTier.LIGHT;
        }
        return VettingTier.STANDARD;
    }
}
