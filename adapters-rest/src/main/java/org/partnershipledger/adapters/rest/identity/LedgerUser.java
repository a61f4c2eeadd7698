package org.partnershipledger.adapters.rest.identity;

import org.partnershipledger.application.identity.Actor;
import org.partnershipledger.application.identity.Role;
import org.partnershipledger.domain.shared.OfficeCode;
import org.partnershipledger.domain.shared.UserId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.Set;

/** A member of staff known to a password-based identity source: a name, an office and roles. */
public record LedgerUser(String username, String password, OfficeCode office, Set<Role> roles) implements UserDetails {

    public LedgerUser {
        roles = Set.copyOf(roles);
    }

    public Actor actor() {
        return new Actor(new UserId(username), office, roles);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String toString() {
        return "LedgerUser[" + username + " @ " + office + " " + roles + "]";
    }
}
