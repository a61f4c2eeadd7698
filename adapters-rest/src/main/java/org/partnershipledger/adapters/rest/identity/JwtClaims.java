package org.partnershipledger.adapters.rest.identity;

import java.util.Objects;

/**
 * Which claims of an access token say who the caller is, for identity providers that name them differently.
 *
 * @param user   the claim holding the user id, e.g. {@code sub} or {@code preferred_username}
 * @param office the claim holding the office code, e.g. {@code office}
 * @param roles  the claim holding the roles, a list of names or one space- or comma-separated string
 */
public record JwtClaims(String user, String office, String roles) {

    public JwtClaims {
        Objects.requireNonNull(user, "user claim is required");
        Objects.requireNonNull(office, "office claim is required");
        Objects.requireNonNull(roles, "roles claim is required");
    }
}
