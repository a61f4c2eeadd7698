package org.partnershipledger.app.config;

import org.axonframework.serialization.Serializer;

/** The serializer the service stores events with, for tests that read the event store outside the service. */
public final class StoredEventSerializer {

    private StoredEventSerializer() {
    }

    public static Serializer instance() {
        return new AxonConfiguration().eventSerializer();
    }
}
