package org.partnershipledger.domain.partnership;

import java.util.Objects;

/** Identifies one review of a partnership (P6); corrections of its summary name it (P11). */
public record ReviewId(String value) {

    public ReviewId {
        Objects.requireNonNull(value, "review id is required");
        if (value.isBlank()) {
            throw new IllegalArgumentException("review id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
