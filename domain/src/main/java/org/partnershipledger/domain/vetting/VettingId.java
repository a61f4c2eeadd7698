package org.partnershipledger.domain.vetting;

import java.util.Objects;
import java.util.UUID;

/** Identifies one vetting for its whole life; its string form is the aggregate identifier in the event store. */
public record VettingId(String value) {

    public VettingId {
        Objects.requireNonNull(value, "vetting id is required");
        if (value.isBlank()) {
            throw new IllegalArgumentException("vetting id must not be blank");
        }
    }

    public static VettingId newId() {
        return new VettingId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
