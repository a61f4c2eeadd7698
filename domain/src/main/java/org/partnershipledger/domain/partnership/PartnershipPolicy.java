package org.partnershipledger.domain.partnership;

import org.partnershipledger.domain.shared.Money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The operator-configurable numbers behind the partnership rules. Command handlers receive it as a parameter so that
 * a change of policy applies to new decisions and never to the replay of old ones.
 *
 * @param maxActivePartners         P2: the most decision-making partners one partnership may have
 * @param smallScaleFundingCeiling  P5: transfers up to this amount may omit the exit strategy and indicators
 * @param correctivePlanDeadlineDays P7: days after a poor review within which a corrective plan must be agreed
 */
public record PartnershipPolicy(int maxActivePartners, Money smallScaleFundingCeiling, int correctivePlanDeadlineDays) {

    public static final PartnershipPolicy DEFAULT =
            new PartnershipPolicy(6, new Money(new BigDecimal("10000"), "USD"), 30);

    public PartnershipPolicy {
        Objects.requireNonNull(smallScaleFundingCeiling, "smallScaleFundingCeiling is required");
        if (maxActivePartners < 1) {
            throw new IllegalArgumentException("maxActivePartners must be at least 1");
        }
        if (correctivePlanDeadlineDays < 1) {
            throw new IllegalArgumentException("correctivePlanDeadlineDays must be at least 1");
        }
    }
}
