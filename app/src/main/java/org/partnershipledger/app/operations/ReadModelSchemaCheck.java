package org.partnershipledger.app.operations;

import org.partnershipledger.application.operations.ProjectionReplays;
import org.partnershipledger.application.operations.ReplayInProgressException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.TreeSet;

/**
 * At start, rebuilds every read model whose tables hold another shape than its projection's code declares (ADR 027):
 * a new release that changed what a projection stores brings its read model up to date by itself, set-based, while
 * the old tables keep answering. A read model with no version recorded is taken to be of the declared one, and
 * recorded as such: it was built by this code, or by a release from before versions were recorded.
 */
final class ReadModelSchemaCheck {

    static final String REQUESTED_BY = "start: read-model schema version check";

    private static final Logger log = LoggerFactory.getLogger(ReadModelSchemaCheck.class);

    private final SetBasedRebuilds rebuilds;
    private final ProjectionReplays replays;

    ReadModelSchemaCheck(SetBasedRebuilds rebuilds, ProjectionReplays replays) {
        this.rebuilds = rebuilds;
        this.replays = replays;
    }

    void check() {
        for (String group : new TreeSet<>(rebuilds.groups())) {
            int declared = rebuilds.schemaVersion(group);
            Optional<Integer> recorded = rebuilds.recordedSchemaVersion(group);
            if (recorded.isEmpty()) {
                rebuilds.recordSchemaVersion(group);
            } else if (recorded.get() != declared) {
                log.info("The read model of {} holds schema version {}, its projection declares {}: rebuilding it",
                        group, recorded.get(), declared);
                try {
                    replays.replay(group, REQUESTED_BY);
                } catch (ReplayInProgressException alreadyRunning) {
                    log.info("A rebuild of {} is already running", group);
                }
            }
        }
    }
}
