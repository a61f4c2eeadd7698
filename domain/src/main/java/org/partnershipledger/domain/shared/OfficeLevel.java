package org.partnershipledger.domain.shared;

import java.util.Objects;

/**
 * How high in the agency an office sits; approval authority grows with it (V5). Ordered: a higher level may do
 * whatever a lower one may.
 */
public enum OfficeLevel {
    COUNTRY,
    REGIONAL,
    HQ;

    /**
     * The level of an office by the convention the demo offices follow: {@code HQ} is headquarters, codes starting
     * {@code RO-} are regional offices and codes starting {@code CO-} are country offices. The convention is the
     * only source of levels the domain has; an office outside it is refused rather than guessed, because guessing
     * would hand out approval authority.
     *
     * @throws IllegalArgumentException for an office code that follows none of these forms
     */
    public static OfficeLevel of(OfficeCode office) {
        Objects.requireNonNull(office, "office is required");
        String code = office.value();
        if (code.equals("HQ")) {
            return HQ;
        }
        if (code.startsWith("RO-")) {
            return REGIONAL;
        }
        if (code.startsWith("CO-")) {
            return COUNTRY;
        }
        throw new IllegalArgumentException("unknown office level of office '" + code
                + "': offices are HQ, RO-… (regional) or CO-… (country)");
    }

    public boolean isAtLeast(OfficeLevel other) {
        return compareTo(other) >= 0;
    }
}
