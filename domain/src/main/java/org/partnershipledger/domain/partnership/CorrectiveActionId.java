package org.partnershipledger.domain.partnership;

import java.util.Objects;

/** Identifies one action of a corrective action plan (P7), which is completed by this id. */
public record CorrectiveActionId(String value) {

    public CorrectiveActionId {
        Objects.requireNonNull(value, "corrective action id is required");
        if (value.isBlank()) {
            throw new IllegalArgumentException("corrective action id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
