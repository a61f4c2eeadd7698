package org.partnershipledger.app.config;

import org.partnershipledger.app.settings.SettingConstraints;
import org.partnershipledger.adapters.rest.identity.JwtClaims;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which access-token claims carry the user, office and roles, and which issuer a token must name
 * ({@code ledger.identity.jwt.*}).
 *
 * @param userClaim   the claim naming the user, recorded in every event's metadata
 * @param officeClaim the claim naming the user's office, which office-bound rules compare
 * @param rolesClaim  the claim holding the user's roles: a list, or a space- or comma-separated string
 * @param issuer      the issuer (iss) every token must name when the keys come from
 *                    spring.security.oauth2.resourceserver.jwt.public-key-location (Spring Boot uses that key only
 *                    while issuer-uri is unset); with issuer-uri, Spring checks that issuer and this stays unset
 */
@ConfigurationProperties(JwtClaimProperties.PREFIX)
public record JwtClaimProperties(@DefaultValue("sub") String userClaim,
                                 @DefaultValue("office") String officeClaim,
                                 @DefaultValue("roles") String rolesClaim,
                                 String issuer) {

    static final String PREFIX = "ledger.identity.jwt";

    public JwtClaimProperties {
        SettingConstraints.under(PREFIX)
                .required("user-claim", userClaim, "sub")
                .required("office-claim", officeClaim, "office")
                .required("roles-claim", rolesClaim, "roles")
                .enforce();
    }

    JwtClaims toClaims() {
        return new JwtClaims(userClaim, officeClaim, rolesClaim);
    }
}
