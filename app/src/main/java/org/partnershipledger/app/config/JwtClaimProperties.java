package org.partnershipledger.app.config;

import org.partnershipledger.adapters.rest.identity.JwtClaims;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which access-token claims carry the user, office and roles ({@code ledger.identity.jwt.*}).
 *
 * @param userClaim   the claim naming the user, recorded in every event's metadata
 * @param officeClaim the claim naming the user's office, which office-bound rules compare
 * @param rolesClaim  the claim holding the user's roles: a list, or a space- or comma-separated string
 */
@ConfigurationProperties("ledger.identity.jwt")
public record JwtClaimProperties(@DefaultValue("sub") String userClaim,
                                 @DefaultValue("office") String officeClaim,
                                 @DefaultValue("roles") String rolesClaim) {

    JwtClaims toClaims() {
        return new JwtClaims(userClaim, officeClaim, rolesClaim);
    }
}
