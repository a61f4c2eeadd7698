package org.partnershipledger.adapters.rest.partnership.review;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershipledger.adapters.rest.openapi.AnswersVersion;
import org.partnershipledger.adapters.rest.partnership.CommandAccepted;
import org.partnershipledger.adapters.rest.partnership.CommandAnswers;
import org.partnershipledger.domain.partnership.commands.AgreeCorrectiveActionPlan;
import org.partnershipledger.domain.partnership.commands.RecordReview;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The review cycle of an agreed partnership: reviews (P6), and the correction a poor one opens (P7). */
@RestController
@RequestMapping(path = "/api/partnerships/{partnershipId}", produces = MediaType.APPLICATION_JSON_VALUE,
        consumes = MediaType.APPLICATION_JSON_VALUE)
public class ReviewController {

    private final CommandGateway commands;

    public ReviewController(CommandGateway commands) {
        this.commands = commands;
    }

    @AnswersVersion(HttpStatus.CREATED)
    @PostMapping("/reviews")
    public ResponseEntity<RecordedReview> record(@PathVariable String partnershipId,
                                                 @Valid @RequestBody RecordReviewRequest request) {
        RecordReview command = request.toCommand(partnershipId);
        long version = CommandAnswers.version(commands.sendAndWait(command));
        String reviewId = command.reviewId().value();
        return CommandAnswers.created(new RecordedReview(partnershipId, version, reviewId), version,
                "/api/partnerships/{id}/reviews/{reviewId}", partnershipId, reviewId);
    }

    @AnswersVersion(HttpStatus.CREATED)
    @PostMapping("/corrective-plans")
    public ResponseEntity<AgreedCorrectivePlan> agreePlan(@PathVariable String partnershipId,
                                                          @Valid @RequestBody AgreeCorrectivePlanRequest request) {
        AgreeCorrectiveActionPlan command = request.toCommand(partnershipId);
        long version = CommandAnswers.version(commands.sendAndWait(command));
        String planId = command.planId().value();
        List<String> actionIds = command.actions().stream().map(action -> action.actionId().value()).toList();
        return CommandAnswers.created(new AgreedCorrectivePlan(partnershipId, version, planId, actionIds), version,
                "/api/partnerships/{id}/corrective-plans/{planId}", partnershipId, planId);
    }

    /**
     * Records an action of the open corrective plan as done (P7).
     *
     * @param actionId the action's id, as the plan's answer (actionIds) or the partnership's view gave it
     */
    @AnswersVersion
    @PostMapping("/corrective-actions/{actionId}/completion")
    public ResponseEntity<CommandAccepted> completeAction(@PathVariable String partnershipId,
                                                          @PathVariable String actionId,
                                                          @Valid @RequestBody CompleteCorrectiveActionRequest request) {
        return CommandAnswers.accepted(partnershipId,
                commands.sendAndWait(request.toCommand(partnershipId, actionId)));
    }
}
