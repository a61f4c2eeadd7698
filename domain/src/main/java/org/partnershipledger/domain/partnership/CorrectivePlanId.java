package org.partnershipledger.domain.partnership;

import java.util.Objects;

/** Identifies one corrective action plan (P7). */
public record CorrectivePlanId(String value) {

    public CorrectivePlanId {
        Objects.requireNonNull(value, "corrective plan id is required");
        if (value.isBlank()) {
            throw new IllegalArgumentException("corrective plan id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
