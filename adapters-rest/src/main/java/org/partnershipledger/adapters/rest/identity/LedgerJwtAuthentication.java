package org.partnershipledger.adapters.rest.identity;

import org.partnershipledger.application.identity.Role;
import org.partnershipledger.domain.shared.OfficeCode;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns a validated access token into the same {@link LedgerUser} principal the demo users are, so that everything
 * downstream (authorization, the actor in every event) works alike whatever the identity source. A token without a
 * user or a valid office is refused (401); role names the ledger does not know are ignored, so an identity provider
 * can carry roles of other applications in the same claim.
 */
public class LedgerJwtAuthentication implements Converter<Jwt, AbstractAuthenticationToken> {

    private final JwtClaims claims;

    public LedgerJwtAuthentication(JwtClaims claims) {
        this.claims = claims;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String user = jwt.getClaimAsString(claims.user());
        if (user == null || user.isBlank()) {
            throw refused("the token has no '" + claims.user() + "' claim naming the user");
        }
        OfficeCode office;
        try {
            office = new OfficeCode(jwt.getClaimAsString(claims.office()));
        } catch (RuntimeException invalid) {
            throw refused("the token's '" + claims.office() + "' claim does not name an office");
        }
        LedgerUser ledgerUser = new LedgerUser(user, "", office, roles(jwt.getClaim(claims.roles())));
        return UsernamePasswordAuthenticationToken.authenticated(ledgerUser, jwt, ledgerUser.getAuthorities());
    }

    private static Set<Role> roles(Object claim) {
        Stream<String> names;
        if (claim instanceof Collection<?> list) {
            names = list.stream().map(String::valueOf);
        } else if (claim instanceof String text) {
            names = Arrays.stream(text.split("[\\s,]+"));
        } else {
            names = Stream.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.map(name -> name.trim().toUpperCase(Locale.ROOT).replace('-', '_'))
                .forEach(name -> Arrays.stream(Role.values()).filter(role -> role.name().equals(name))
                        .forEach(roles::add));
        return roles;
    }

    private static OAuth2AuthenticationException refused(String reason) {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, reason, null), reason);
    }
}
