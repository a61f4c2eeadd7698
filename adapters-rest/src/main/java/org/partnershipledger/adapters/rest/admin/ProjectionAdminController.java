package org.partnershipledger.adapters.rest.admin;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.partnershipledger.adapters.rest.identity.CurrentActor;
import org.partnershipledger.adapters.rest.problem.ProblemResponses;
import org.partnershipledger.adapters.rest.problem.ProblemTypes;
import org.partnershipledger.application.operations.ProjectionReplays;
import org.partnershipledger.application.operations.ProjectionStatus;
import org.partnershipledger.application.operations.ReplayInProgressException;
import org.partnershipledger.application.operations.ReplayNotAllowedException;
import org.partnershipledger.application.operations.UnknownProjectionException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/**
 * Read models rebuilt on demand (ADR 014): every event processor with its state and the progress of its last replay,
 * and the request to replay one. A replay runs in the background while the service keeps serving; its status
 * resource is the processor's own. Handlers with side effects never replay: asking answers 422.
 */
@RestController
@RequestMapping(path = "/api/admin/projections", produces = MediaType.APPLICATION_JSON_VALUE)
public class ProjectionAdminController {

    private final ProjectionReplays replays;

    public ProjectionAdminController(ProjectionReplays replays) {
        this.replays = replays;
    }

    /**
     * The answer of the list: every processor, by name.
     *
     * @param items every event processor of this node, by name
     */
    public record Projections(List<ProjectionStatus> items) {
    }

    @GetMapping
    public Projections projections() {
        return new Projections(replays.statuses());
    }

    /**
     * One event processor with its state and the progress of its last replay.
     *
     * @param name the processor's name, as the list names it
     */
    @GetMapping("/{name}")
    public ProjectionStatus projection(@PathVariable String name) {
        return replays.status(name).orElseThrow(() -> new UnknownProjectionException(name));
    }

    /**
     * Starts the replay and answers 202 with the status resource to follow it by.
     *
     * @param name the processor's name, as the list names it
     */
    @ApiResponse(responseCode = "202", description = "The replay started: the body is the projection's status",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The projection's status, to follow the "
                    + "replay's progress by", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "409", description = "A replay of this projection is already running")
    @ApiResponse(responseCode = "422", description = "The projection has side effects (a process, not a read model) "
            + "and never replays")
    @PostMapping("/{name}/replay")
    public ResponseEntity<ProjectionStatus> replay(@PathVariable String name, Authentication authentication) {
        String requestedBy = CurrentActor.require(authentication).userId().value();
        ProjectionStatus started = replays.replay(name, requestedBy);
        return ResponseEntity.accepted().location(URI.create("/api/admin/projections/" + name)).body(started);
    }

    @ExceptionHandler(UnknownProjectionException.class)
    ResponseEntity<ProblemDetail> unknownProjection(UnknownProjectionException e) {
        return problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(ReplayNotAllowedException.class)
    ResponseEntity<ProblemDetail> notReplayable(ReplayNotAllowedException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.REPLAY_NOT_ALLOWED, "Replay not allowed",
                e.getMessage());
    }

    @ExceptionHandler(ReplayInProgressException.class)
    ResponseEntity<ProblemDetail> inProgress(ReplayInProgressException e) {
        return problem(HttpStatus.CONFLICT, ProblemTypes.REPLAY_IN_PROGRESS, "Replay in progress", e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, URI type, String title, String detail) {
        return ProblemResponses.respond(ProblemResponses.problem(status, type, title, detail));
    }
}
