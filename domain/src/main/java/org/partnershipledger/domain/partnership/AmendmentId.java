package org.partnershipledger.domain.partnership;

import java.util.Objects;

/** Identifies one amendment of an agreement (P10), so that the amendment history can be read one by one. */
public record AmendmentId(String value) {

    public AmendmentId {
        Objects.requireNonNull(value, "amendment id is required");
        if (value.isBlank()) {
            throw new IllegalArgumentException("amendment id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
