package org.partnershipledger.app.identity;

import java.util.List;

/**
 * The service would accept bearer tokens without checking their issuer or audience: outside the default profile it
 * does not start.
 */
public class IncompleteTokenValidationException extends RuntimeException {

    private final List<String> problems;

    public IncompleteTokenValidationException(String activeProfiles, List<String> problems) {
        super("bearer tokens would not be checked fully for profiles [" + activeProfiles + "]: "
                + String.join("; ", problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    /** One sentence per missing or contradictory setting. */
    public List<String> problems() {
        return problems;
    }
}
