package org.partnershipledger.adapters.rest.admin;

import org.partnershipledger.adapters.rest.problem.ProblemResponses;
import org.partnershipledger.adapters.rest.problem.ProblemTypes;
import org.partnershipledger.application.operations.DeadLetterQueueSummary;
import org.partnershipledger.application.operations.DeadLetterRetry;
import org.partnershipledger.application.operations.DeadLetterSequence;
import org.partnershipledger.application.operations.DeadLetters;
import org.partnershipledger.application.operations.NoSuchDeadLetterException;
import org.partnershipledger.application.operations.UnknownDeadLetterQueueException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Events the projections could not apply (ADR 022): what each projection has parked, by record, and the requests to
 * apply a record's parked events again once the cause is fixed, or to give them up. Retrying and evicting are tasks
 * on the sequence, posted like every other command of this API.
 */
@RestController
@RequestMapping(path = "/api/admin/dead-letters", produces = MediaType.APPLICATION_JSON_VALUE)
public class DeadLetterAdminController {

    private final DeadLetters deadLetters;

    public DeadLetterAdminController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    /**
     * The answer of the overview: every projection that parks events, with how much it holds.
     *
     * @param items every processing group that parks events, with how many it holds
     */
    public record Queues(List<DeadLetterQueueSummary> items) {
    }

    /**
     * The answer for one projection: its parked sequences.
     *
     * @param processingGroup the processing group asked for, which names the projection
     * @param items           its parked sequences, one per partnership or vetting
     */
    public record Sequences(String processingGroup, List<DeadLetterSequence> items) {
    }

    /**
     * The answer of an eviction.
     *
     * @param processingGroup the processing group the events were parked in
     * @param sequenceId      the id of the partnership or vetting whose events were given up
     * @param evicted         how many parked events were given up
     */
    public record Evicted(String processingGroup, String sequenceId, int evicted) {
    }

    @GetMapping
    public Queues queues() {
        return new Queues(deadLetters.queues());
    }

    /**
     * What one projection has parked, by partnership or vetting.
     *
     * @param processingGroup the processing group, which names the projection, as the overview lists it
     */
    @GetMapping("/{processingGroup}")
    public Sequences sequences(@PathVariable String processingGroup) {
        return new Sequences(processingGroup, deadLetters.sequences(processingGroup));
    }

    /**
     * Applies the sequence's parked events again; {@code resolved} says whether all of them now are.
     *
     * @param processingGroup the processing group that parked the events
     * @param sequenceId      the id of the partnership or vetting whose events are parked
     */
    @PostMapping("/{processingGroup}/sequences/{sequenceId}/retry")
    public DeadLetterRetry retrySequence(@PathVariable String processingGroup, @PathVariable String sequenceId) {
        return deadLetters.retry(processingGroup, sequenceId);
    }

    /**
     * Gives up every parked event of the sequence: the read model will not reflect them until a replay.
     *
     * @param processingGroup the processing group that parked the events
     * @param sequenceId      the id of the partnership or vetting whose events are parked
     */
    @PostMapping("/{processingGroup}/sequences/{sequenceId}/eviction")
    public Evicted evictSequence(@PathVariable String processingGroup, @PathVariable String sequenceId) {
        return new Evicted(processingGroup, sequenceId, deadLetters.evictSequence(processingGroup, sequenceId));
    }

    /**
     * Gives up one parked event; the later ones of its sequence stay parked until retried.
     *
     * @param processingGroup the processing group that parked the events
     * @param sequenceId      the id of the partnership or vetting whose events are parked
     * @param letterId        the parked event's letter id, as the sequence lists it
     */
    @PostMapping("/{processingGroup}/sequences/{sequenceId}/letters/{letterId}/eviction")
    public Evicted evictLetter(@PathVariable String processingGroup, @PathVariable String sequenceId,
                               @PathVariable String letterId) {
        deadLetters.evictLetter(processingGroup, sequenceId, letterId);
        return new Evicted(processingGroup, sequenceId, 1);
    }

    @ExceptionHandler({UnknownDeadLetterQueueException.class, NoSuchDeadLetterException.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException e) {
        return ProblemResponses.respond(
                ProblemResponses.problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", e.getMessage()));
    }
}
