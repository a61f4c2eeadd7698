package org.partnershipledger.domain.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/** The code of an office of the agency, such as {@code CO-SEN}, {@code RO-WCA} or {@code HQ}. */
public record OfficeCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

    public OfficeCode {
        Objects.requireNonNull(value, "office code is required");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("office code must be upper-case letters, digits and dashes, was '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
