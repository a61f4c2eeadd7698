package org.partnershipledger.domain.shared;

import java.util.Objects;

/** The identity of a person acting in the system, as the identity provider names them. */
public record UserId(String value) {

    public UserId {
        Objects.requireNonNull(value, "user id is required");
        if (value.isBlank()) {
            throw new IllegalArgumentException("user id must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
