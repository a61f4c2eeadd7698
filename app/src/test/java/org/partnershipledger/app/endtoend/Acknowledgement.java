package org.partnershipledger.app.endtoend;

import org.partnershipledger.app.support.ApiClient.Response;

/**
 * A command the service answered 2xx: the record it changed and the version that change gave it, which must be in the
 * event store as that aggregate's sequence number, whatever happens to the service afterwards.
 */
record Acknowledgement(String command, String aggregateId, long version) {

    static Acknowledgement of(String command, String aggregateId, Response answer) {
        return new Acknowledgement(command, aggregateId, answer.json().get("version").asLong());
    }
}
