package org.partnershipledger.app.identity;

/** The service was started without any source of users: it would refuse every request, so it does not start. */
public class NoIdentitySourceException extends RuntimeException {

    public NoIdentitySourceException(String activeProfiles) {
        super("no identity source is configured for profiles [" + activeProfiles + "]", null, false, false);
    }
}
