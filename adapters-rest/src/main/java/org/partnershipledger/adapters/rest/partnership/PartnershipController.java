package org.partnershipledger.adapters.rest.partnership;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.partnershipledger.adapters.rest.identity.CurrentActor;
import org.partnershipledger.adapters.rest.openapi.AnswersVersion;
import org.partnershipledger.adapters.rest.problem.NotFoundException;
import org.partnershipledger.adapters.rest.problem.RequestConversion;
import org.partnershipledger.application.partnership.queries.FindPartnership;
import org.partnershipledger.application.partnership.queries.FindPortfolio;
import org.partnershipledger.application.partnership.queries.PortfolioSort;
import org.partnershipledger.application.partnership.views.PortfolioPage;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipForm;
import org.partnershipledger.domain.partnership.PartnershipStatus;
import org.partnershipledger.application.partnership.views.PartnershipView;
import org.partnershipledger.domain.partnership.PartnershipId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** Partnerships over HTTP: the proposal that starts one, and its current view. */
@RestController
@RequestMapping(path = "/api/partnerships", produces = MediaType.APPLICATION_JSON_VALUE)
public class PartnershipController {

    /** A partnership's first event is number 0, so a new partnership is at version 0. */
    private static final long FIRST_VERSION = 0L;

    private final CommandGateway commands;
    private final QueryGateway queries;

    public PartnershipController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @AnswersVersion(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<CommandAccepted> propose(@Valid @RequestBody ProposePartnershipRequest request,
                                                   Authentication authentication) {
        PartnershipId id = PartnershipId.newId();
        commands.sendAndWait(request.toCommand(id, CurrentActor.require(authentication)));
        return ResponseEntity.created(URI.create("/api/partnerships/" + id.value()))
                .eTag(CommandAnswers.etag(FIRST_VERSION))
                .body(new CommandAccepted(id.value(), FIRST_VERSION));
    }

    /**
     * The portfolio: every filter optional, combined with AND; {@code sort} is a field and a direction, e.g.
     * {@code title,asc}.
     *
     * @param status      only partnerships in this status: PROPOSED, VETTED, AGREED, UNDER_CORRECTION, DISCONTINUED or
     *                    CONCLUDED
     * @param form        only partnerships of this form: FORMAL_PARTNERSHIP or COLLABORATIVE_RELATIONSHIP
     * @param partnerType only partnerships with at least one current partner of this type
     * @param leadOffice  only partnerships led by this office, by its code such as CO-SEN
     * @param text        only partnerships whose title, purpose or a current partner's name contains it, in any letter
     *                    case
     * @param sort        a field, proposedAt, title, status or nextReviewDue, and optionally a direction, asc or desc,
     *                    e.g. title,asc; newest proposals first when absent
     */
    @GetMapping
    public PortfolioPage portfolio(@RequestParam(required = false) PartnershipStatus status,
                                   @RequestParam(required = false) PartnershipForm form,
                                   @RequestParam(required = false) PartnerType partnerType,
                                   @RequestParam(required = false) String leadOffice,
                                   @RequestParam(required = false) String text,
                                   @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "" + FindPortfolio.DEFAULT_SIZE) int size,
                                   @RequestParam(required = false) String sort) {
        FindPortfolio query = RequestConversion.convert(() -> new FindPortfolio(status, form, partnerType, leadOffice,
                text, page, size, sort == null ? null : PortfolioSort.parse(sort)));
        return queries.query(query, ResponseTypes.instanceOf(PortfolioPage.class)).join();
    }

    @AnswersVersion
    @GetMapping("/{partnershipId}")
    public ResponseEntity<PartnershipView> get(@PathVariable String partnershipId) {
        PartnershipView view = queries.query(new FindPartnership(partnershipId),
                        ResponseTypes.optionalInstanceOf(PartnershipView.class))
                .join()
                .orElseThrow(() -> new NotFoundException("no partnership with id " + partnershipId));
        return ResponseEntity.ok().eTag(CommandAnswers.etag(view.version())).body(view);
    }
}
