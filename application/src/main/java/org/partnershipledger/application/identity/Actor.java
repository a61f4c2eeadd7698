package org.partnershipledger.application.identity;

import org.partnershipledger.domain.shared.OfficeCode;
import org.partnershipledger.domain.shared.UserId;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The authenticated person on whose behalf a command is sent: always from the identity source, never a request body. */
public record Actor(UserId userId, OfficeCode office, Set<Role> roles) {

    public Actor {
        Objects.requireNonNull(userId, "userId is required");
        Objects.requireNonNull(office, "office is required");
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The roles as one metadata value, sorted so that equal sets always read the same. */
    public String rolesAsText() {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
