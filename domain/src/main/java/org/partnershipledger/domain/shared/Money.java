package org.partnershipledger.domain.shared;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount in an ISO 4217 currency. Amounts are never negative: a transfer runs from one side to the other and its
 * direction is part of what is transferred, not a sign. The currency is checked for its form only, not against the
 * JDK's list of currencies in circulation: that list changes, and events holding a retired currency must still load.
 *
 * @param amount   the amount in the currency's units, never negative
 * @param currency the ISO 4217 code of the currency, e.g. USD
 */
public record Money(BigDecimal amount, String currency) {

    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    public Money {
        Objects.requireNonNull(amount, "amount is required");
        Objects.requireNonNull(currency, "currency is required");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative, was " + amount.toPlainString());
        }
        if (!CURRENCY_CODE.matcher(currency).matches()) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code such as USD, was '" + currency + "'");
        }
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    public boolean hasNoAmount() {
        return amount.signum() == 0;
    }
}
