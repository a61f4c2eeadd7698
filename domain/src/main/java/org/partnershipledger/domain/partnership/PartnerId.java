package org.partnershipledger.domain.partnership;

import java.util.Objects;
import java.util.UUID;

/** Identifies a partner organization across all the partnerships and vettings it takes part in. */
public record PartnerId(String value) {

    public PartnerId {
        Objects.requireNonNull(value, "partner id is required");
        if (value.isBlank()) {
            throw new IllegalArgumentException("partner id must not be blank");
        }
    }

    public static PartnerId newId() {
        return new PartnerId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
