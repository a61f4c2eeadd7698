package org.partnershipledger.adapters.rest.partnership.closing;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershipledger.adapters.rest.openapi.AnswersVersion;
import org.partnershipledger.adapters.rest.partnership.CommandAccepted;
import org.partnershipledger.adapters.rest.partnership.CommandAnswers;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** How a partnership ends: a proposal withdrawn or an agreed partnership discontinued (P8), or concluded (P9). */
@RestController
@RequestMapping(path = "/api/partnerships/{partnershipId}", produces = MediaType.APPLICATION_JSON_VALUE,
        consumes = MediaType.APPLICATION_JSON_VALUE)
public class ClosingController {

    private final CommandGateway commands;

    public ClosingController(CommandGateway commands) {
        this.commands = commands;
    }

    @AnswersVersion
    @PostMapping("/discontinuation")
    public ResponseEntity<CommandAccepted> discontinue(@PathVariable String partnershipId,
                                                       @Valid @RequestBody DiscontinuePartnershipRequest request) {
        return CommandAnswers.accepted(partnershipId, commands.sendAndWait(request.toCommand(partnershipId)));
    }

    @AnswersVersion
    @PostMapping("/withdrawal")
    public ResponseEntity<CommandAccepted> withdraw(@PathVariable String partnershipId,
                                                    @Valid @RequestBody WithdrawProposalRequest request) {
        return CommandAnswers.accepted(partnershipId, commands.sendAndWait(request.toCommand(partnershipId)));
    }

    @AnswersVersion
    @PostMapping("/conclusion")
    public ResponseEntity<CommandAccepted> concludePartnership(@PathVariable String partnershipId,
                                                    @Valid @RequestBody ConcludePartnershipRequest request) {
        return CommandAnswers.accepted(partnershipId, commands.sendAndWait(request.toCommand(partnershipId)));
    }
}
