package org.partnershipledger.adapters.rest.identity;

import org.partnershipledger.application.identity.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** Finds the {@link Actor} behind the current request's authentication. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<Actor> find() {
        return from(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Optional<Actor> from(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof LedgerUser user) {
            return Optional.of(user.actor());
        }
        return Optional.empty();
    }

    /** The actor of a request that security has already authenticated; anything else is a wiring fault. */
    public static Actor require(Authentication authentication) {
        return from(authentication).orElseThrow(() -> new IllegalStateException(
                "an authenticated request carries no ledger user: the identity source is misconfigured"));
    }
}
