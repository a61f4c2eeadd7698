package org.partnershipledger.adapters.rest.partnership.agreement;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershipledger.adapters.rest.openapi.AnswersVersion;
import org.partnershipledger.adapters.rest.partnership.CommandAccepted;
import org.partnershipledger.adapters.rest.partnership.CommandAnswers;
import org.partnershipledger.domain.partnership.commands.AmendAgreement;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A partnership's agreement: concluded once per cycle (P3, P4, P5), then amended with a rationale (P10). */
@RestController
@RequestMapping(path = "/api/partnerships/{partnershipId}/agreement", produces = MediaType.APPLICATION_JSON_VALUE,
        consumes = MediaType.APPLICATION_JSON_VALUE)
public class AgreementController {

    private final CommandGateway commands;

    public AgreementController(CommandGateway commands) {
        this.commands = commands;
    }

    @AnswersVersion
    @PostMapping
    public ResponseEntity<CommandAccepted> concludeAgreement(@PathVariable String partnershipId,
                                                    @Valid @RequestBody ConcludeAgreementRequest request) {
        return CommandAnswers.accepted(partnershipId, commands.sendAndWait(request.toCommand(partnershipId)));
    }

    @AnswersVersion(HttpStatus.CREATED)
    @PostMapping("/amendments")
    public ResponseEntity<RecordedAmendment> amend(@PathVariable String partnershipId,
                                                   @Valid @RequestBody AmendAgreementRequest request) {
        AmendAgreement command = request.toCommand(partnershipId);
        long version = CommandAnswers.version(commands.sendAndWait(command));
        String amendmentId = command.amendmentId().value();
        return CommandAnswers.created(new RecordedAmendment(partnershipId, version, amendmentId), version,
                "/api/partnerships/{id}/agreement/amendments/{amendmentId}", partnershipId, amendmentId);
    }
}
