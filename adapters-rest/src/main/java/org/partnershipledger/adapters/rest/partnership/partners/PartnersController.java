package org.partnershipledger.adapters.rest.partnership.partners;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershipledger.adapters.rest.openapi.AnswersVersion;
import org.partnershipledger.adapters.rest.partnership.CommandAccepted;
import org.partnershipledger.adapters.rest.partnership.CommandAnswers;
import org.partnershipledger.adapters.rest.partnership.PartnerRequest;
import org.partnershipledger.domain.partnership.commands.AddPartner;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who takes part in a partnership before its agreement (P2). The vetting outcomes that clear them (P3) are not posted
 * here: the vetting process records each decision of a partner's vetting on the partnership.
 */
@RestController
@RequestMapping(path = "/api/partnerships/{partnershipId}", produces = MediaType.APPLICATION_JSON_VALUE,
        consumes = MediaType.APPLICATION_JSON_VALUE)
public class PartnersController {

    private final CommandGateway commands;

    public PartnersController(CommandGateway commands) {
        this.commands = commands;
    }

    @AnswersVersion(HttpStatus.CREATED)
    @PostMapping("/partners")
    public ResponseEntity<AddedPartner> add(@PathVariable String partnershipId,
                                            @Valid @RequestBody PartnerRequest request) {
        AddPartner command = request.toCommand(partnershipId);
        long version = CommandAnswers.version(commands.sendAndWait(command));
        String partnerId = command.partner().partnerId().value();
        return CommandAnswers.created(new AddedPartner(partnershipId, version, partnerId), version,
                "/api/partnerships/{id}/partners/{partnerId}", partnershipId, partnerId);
    }

    /**
     * A partner leaves the partnership, before its agreement (P2).
     *
     * @param partnerId the partner who leaves, one of the partnership's current partners
     */
    @AnswersVersion
    @PostMapping("/partners/{partnerId}/removal")
    public ResponseEntity<CommandAccepted> remove(@PathVariable String partnershipId, @PathVariable String partnerId,
                                                  @Valid @RequestBody RemovePartnerRequest request) {
        return CommandAnswers.accepted(partnershipId,
                commands.sendAndWait(request.toCommand(partnershipId, partnerId)));
    }
}
