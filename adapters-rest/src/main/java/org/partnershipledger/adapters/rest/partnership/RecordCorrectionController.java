package org.partnershipledger.adapters.rest.partnership;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershipledger.adapters.rest.openapi.AnswersVersion;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Record corrections (P11): the one command a terminal partnership still accepts, since history is never edited. */
@RestController
public class RecordCorrectionController {

    private final CommandGateway commands;

    public RecordCorrectionController(CommandGateway commands) {
        this.commands = commands;
    }

    @AnswersVersion
    @PostMapping(path = "/api/partnerships/{partnershipId}/corrections", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CommandAccepted> correct(@PathVariable String partnershipId,
                                                   @Valid @RequestBody CorrectRecordedFactRequest request) {
        return CommandAnswers.accepted(partnershipId, commands.sendAndWait(request.toCommand(partnershipId)));
    }
}
