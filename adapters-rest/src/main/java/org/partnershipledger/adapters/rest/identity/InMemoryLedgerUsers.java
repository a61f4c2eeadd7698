package org.partnershipledger.adapters.rest.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A fixed set of users held in memory, for demonstrations and tests. */
public class InMemoryLedgerUsers implements UserDetailsService {

    private final Map<String, LedgerUser> users;

    public InMemoryLedgerUsers(Collection<LedgerUser> users) {
        this.users = users.stream().collect(Collectors.toUnmodifiableMap(LedgerUser::username, Function.identity()));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        LedgerUser user = users.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("no such user");
        }
        return user;
    }
}
