package org.partnershipledger.adapters.rest.partnership;

import java.util.UUID;

/**
 * Ids a client may choose for the parts it creates (a partner, a review, a plan and its actions, an amendment). They
 * end up in paths and {@code Location} headers, so they are kept to characters a URL carries unencoded; a client that
 * omits one gets a random UUID.
 */
public final class ClientIds {

    public static final String PATTERN = "[A-Za-z0-9._~-]{1,64}";
    public static final String MESSAGE = "must be 1 to 64 letters, digits, '.', '_', '~' or '-'";

    private ClientIds() {
    }

    public static String orNew(String offered) {
        return offered == null || offered.isBlank() ? UUID.randomUUID().toString() : offered;
    }
}
