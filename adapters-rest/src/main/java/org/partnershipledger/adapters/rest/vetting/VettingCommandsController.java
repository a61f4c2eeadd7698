package org.partnershipledger.adapters.rest.vetting;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.partnershipledger.adapters.rest.identity.CurrentActor;
import org.partnershipledger.adapters.rest.openapi.AnswersVersion;
import org.partnershipledger.adapters.rest.partnership.CommandAccepted;
import org.partnershipledger.adapters.rest.partnership.CommandAnswers;
import org.partnershipledger.adapters.rest.problem.NotFoundException;
import org.partnershipledger.application.identity.Actor;
import org.partnershipledger.application.identity.Role;
import org.partnershipledger.application.partnership.queries.FindPartnership;
import org.partnershipledger.application.partnership.views.PartnerView;
import org.partnershipledger.application.partnership.views.PartnershipView;
import org.partnershipledger.application.vetting.SanctionsScreening;
import org.partnershipledger.application.vetting.queries.FindVetting;
import org.partnershipledger.application.vetting.views.VettingPartnerView;
import org.partnershipledger.application.vetting.views.VettingView;
import org.partnershipledger.domain.partnership.PartnerId;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.partnershipledger.domain.partnership.TierPolicy;
import org.partnershipledger.domain.shared.OfficeLevel;
import org.partnershipledger.domain.shared.Rule;
import org.partnershipledger.domain.shared.RuleViolation;
import org.partnershipledger.domain.shared.UserId;
import org.partnershipledger.domain.shared.VettingTier;
import org.partnershipledger.domain.vetting.Approver;
import org.partnershipledger.domain.vetting.ScreeningResult;
import org.partnershipledger.domain.vetting.VettingId;
import org.partnershipledger.domain.vetting.commands.OpenVetting;
import org.partnershipledger.domain.vetting.commands.RecordSanctionsScreening;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.LocalDate;

import static org.partnershipledger.adapters.rest.problem.RequestConversion.convert;

/**
 * The due diligence on a partner over HTTP, one endpoint per step a vetting officer or approver takes. Vettings are
 * opened automatically when a partnership is proposed or a partner joins; opening one here is for what the process
 * did not cover (a partnership from before it, or a deeper tier than the engagement needs).
 *
 * <p>Every acting user (who opened, assessed, dismissed, rated, decided or reopened) is the authenticated caller, and
 * an approver's authority is their office's level and their seat on the HQ due diligence committee (the role
 * {@link Role#DUE_DILIGENCE_COMMITTEE}), never anything a body says. Screening goes through the
 * {@link SanctionsScreening} port, whichever list stands behind it.
 */
@RestController
@RequestMapping(path = "/api/vettings", produces = MediaType.APPLICATION_JSON_VALUE)
public class VettingCommandsController {

    /** A vetting's first event is number 0, so a new vetting is at version 0. */
    private static final long FIRST_VERSION = 0L;
    private static final String VETTING = "/api/vettings/{id}";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final SanctionsScreening screening;
    private final TierPolicy tierPolicy;
    private final Clock clock;

    public VettingCommandsController(CommandGateway commands, QueryGateway queries, SanctionsScreening screening,
                                     TierPolicy tierPolicy, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.screening = screening;
        this.tierPolicy = tierPolicy;
        this.clock = clock;
    }

    /**
     * V1: the partner and the proposer come from the partnership's view; the tier is the one the engagement needs,
     * or a deeper one the officer asks for.
     */
    @AnswersVersion(HttpStatus.CREATED)
    // springdoc infers no success answer for a method that declares any answer: the 201 stands beside the 404.
    @ApiResponse(responseCode = "201")
    @ApiResponse(responseCode = "404", description = "No partnership has the partnershipId, or it has no partner "
            + "with the partnerId")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CommandAccepted> open(@Valid @RequestBody OpenVettingRequest request,
                                                Authentication authentication) {
        Actor officer = CurrentActor.require(authentication);
        PartnershipView partnership = queries.query(new FindPartnership(request.partnershipId()),
                        ResponseTypes.optionalInstanceOf(PartnershipView.class)).join()
                .orElseThrow(() -> new NotFoundException("no partnership with id " + request.partnershipId()));
        PartnerView partner = partnership.partners().stream()
                .filter(p -> p.partnerId().equals(request.partnerId())).findFirst()
                .orElseThrow(() -> new NotFoundException("partnership " + request.partnershipId()
                        + " has no partner " + request.partnerId()));
        VettingTier needed = tierPolicy.requiredTier(partnership.form(), partner.type(), partnership.transfer());
        if (request.tier() != null && !request.tier().covers(needed)) {
            throw new RuleViolation(Rule.V1, partner.name() + " needs a vetting at tier " + needed + " or deeper "
                    + "for this engagement, not " + request.tier());
        }
        VettingId vettingId = VettingId.newId();
        commands.sendAndWait(convert(() -> new OpenVetting(vettingId, new PartnerId(partner.partnerId()),
                partner.name(), partner.type(), partner.country(), new PartnershipId(partnership.partnershipId()),
                request.tier() == null ? needed : request.tier(), new UserId(partnership.proposedBy()),
                officer.userId())));
        return CommandAnswers.created(new CommandAccepted(vettingId.value(), FIRST_VERSION), FIRST_VERSION, VETTING,
                vettingId.value());
    }

    /** V3: screens the partner under the name the vetting was opened with, now, and records what the list said. */
    @AnswersVersion
    @PostMapping("/{vettingId}/screenings")
    public ResponseEntity<RecordedScreening> screen(@PathVariable String vettingId) {
        VettingView vetting = queries.query(new FindVetting(vettingId),
                        ResponseTypes.optionalInstanceOf(VettingView.class)).join()
                .orElseThrow(() -> new NotFoundException("no vetting with id " + vettingId));
        VettingPartnerView partner = vetting.partner();
        ScreeningResult result = screening.screen(partner.name(), partner.country());
        long version = CommandAnswers.version(commands.sendAndWait(
                convert(() -> new RecordSanctionsScreening(new VettingId(vettingId), result))));
        return ResponseEntity.ok().location(location(vettingId)).eTag(CommandAnswers.etag(version))
                .body(RecordedScreening.of(vettingId, version, result));
    }

    /**
     * Dismisses a match of the standing screening as a false positive, with a justification (V3).
     *
     * @param entryReference the list's reference for the matched entry, as the screening's matches name it
     */
    @AnswersVersion
    @PostMapping(path = "/{vettingId}/screening-matches/{entryReference}/dismissal",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CommandAccepted> dismissMatch(@PathVariable String vettingId,
                                                        @PathVariable String entryReference,
                                                        @Valid @RequestBody DismissMatchRequest request,
                                                        Authentication authentication) {
        return accepted(vettingId, commands.sendAndWait(
                request.toCommand(vettingId, entryReference, CurrentActor.require(authentication))));
    }

    @AnswersVersion
    @PostMapping(path = "/{vettingId}/assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CommandAccepted> assess(@PathVariable String vettingId,
                                                  @Valid @RequestBody AssessCriterionRequest request,
                                                  Authentication authentication) {
        return accepted(vettingId, commands.sendAndWait(
                request.toCommand(vettingId, CurrentActor.require(authentication))));
    }

    @AnswersVersion
    @PostMapping(path = "/{vettingId}/risk-rating", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CommandAccepted> rateRisk(@PathVariable String vettingId,
                                                    @Valid @RequestBody RateRiskRequest request,
                                                    Authentication authentication) {
        return accepted(vettingId, commands.sendAndWait(
                request.toCommand(vettingId, CurrentActor.require(authentication))));
    }

    /** V5, V6: the approver is the caller, with their office's authority; the decision is dated today. */
    @AnswersVersion
    @PostMapping(path = "/{vettingId}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CommandAccepted> decide(@PathVariable String vettingId,
                                                  @Valid @RequestBody DecideVettingRequest request,
                                                  Authentication authentication) {
        Approver approver = approver(CurrentActor.require(authentication));
        return accepted(vettingId, commands.sendAndWait(
                request.toCommand(vettingId, approver, LocalDate.now(clock))));
    }

    @AnswersVersion
    @PostMapping(path = "/{vettingId}/reopening", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CommandAccepted> reopen(@PathVariable String vettingId,
                                                  @Valid @RequestBody ReopenVettingRequest request,
                                                  Authentication authentication) {
        return accepted(vettingId, commands.sendAndWait(
                request.toCommand(vettingId, CurrentActor.require(authentication))));
    }

    /** An office outside the code convention has no level, and so no authority to decide anything (V5). */
    private static Approver approver(Actor actor) {
        try {
            return new Approver(actor.userId(), actor.office(), OfficeLevel.of(actor.office()),
                    actor.has(Role.DUE_DILIGENCE_COMMITTEE));
        } catch (IllegalArgumentException noLevel) {
            throw new RuleViolation(Rule.V5, "the authority of " + actor.userId() + " cannot be established: "
                    + noLevel.getMessage());
        }
    }

    private static ResponseEntity<CommandAccepted> accepted(String vettingId, Object commandResult) {
        long version = CommandAnswers.version(commandResult);
        return ResponseEntity.ok().location(location(vettingId)).eTag(CommandAnswers.etag(version))
                .body(new CommandAccepted(vettingId, version));
    }

    private static java.net.URI location(String vettingId) {
        return UriComponentsBuilder.fromPath(VETTING).buildAndExpand(vettingId).encode().toUri();
    }
}
