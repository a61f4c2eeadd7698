package org.partnershipledger.adapters.rest.partnership;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.partnershipledger.domain.shared.Money;

import java.math.BigDecimal;

/**
 * An amount in an ISO 4217 currency, such as {@code {"amount": 250000, "currency": "USD"}}.
 *
 * @param amount   the amount in the currency's units, zero or more, at most 15 digits before the decimal point and 3
 *                 after
 * @param currency the ISO 4217 code of the currency, e.g. USD
 */
public record MoneyRequest(@NotNull @PositiveOrZero @Digits(integer = 15, fraction = 3) BigDecimal amount,
                           @NotBlank @Size(min = 3, max = 3) String currency) {

    /** Call inside {@code RequestConversion.convert}: the currency's form is the domain's to check. */
    public Money toMoney() {
        return new Money(amount, currency);
    }
}
