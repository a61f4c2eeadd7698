package org.partnershipledger.application.idempotency;

import java.util.Map;

/** The first answer to an idempotent request, kept to be given again to every retry. */
public record StoredResponse(int status, Map<String, String> headers, byte[] body) {

    public StoredResponse {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
