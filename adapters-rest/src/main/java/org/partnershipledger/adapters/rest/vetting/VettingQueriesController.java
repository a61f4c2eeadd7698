package org.partnershipledger.adapters.rest.vetting;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.partnershipledger.adapters.rest.openapi.AnswersVersion;
import org.partnershipledger.adapters.rest.partnership.CommandAnswers;
import org.partnershipledger.adapters.rest.problem.NotFoundException;
import org.partnershipledger.adapters.rest.problem.RequestConversion;
import org.partnershipledger.application.vetting.queries.FindPartner;
import org.partnershipledger.application.vetting.queries.FindPartners;
import org.partnershipledger.application.vetting.queries.FindVetting;
import org.partnershipledger.application.vetting.queries.FindVettingQueue;
import org.partnershipledger.application.vetting.views.PartnerRecord;
import org.partnershipledger.application.vetting.views.PartnerRegistryPage;
import org.partnershipledger.application.vetting.views.RequiredAuthority;
import org.partnershipledger.application.vetting.views.VettingQueuePage;
import org.partnershipledger.application.vetting.views.VettingView;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.shared.VettingTier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What vetting officers and approvers work from, read-only: the vetting queue, one vetting, the partner registry and
 * one partner (ADR 009). Every filter is optional; an unknown enum value or a page size outside the cap answers 400.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
public class VettingQueriesController {

    private final QueryGateway queries;

    public VettingQueriesController(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * Open vettings (OPEN or REOPENED), oldest first, with their age in days; {@code includeDecided} adds the rest.
     *
     * @param tier              only vettings at this tier: LIGHT, STANDARD or ENHANCED
     * @param requiredAuthority only vettings this authority decides: COUNTRY_OFFICE_APPROVER, REGIONAL_OFFICE_APPROVER
     *                          or HQ_DUE_DILIGENCE_COMMITTEE
     * @param partnershipId     only vettings this partnership relies on: the one opened for it, and clearances it
     *                          reused
     * @param partnerId         only vettings of this partner
     * @param includeDecided    true to list decided vettings too (CLEARED, CLEARED_WITH_CONDITIONS, REJECTED); open
     *                          ones only by default
     */
    @GetMapping("/vettings")
    public VettingQueuePage queue(@RequestParam(required = false) VettingTier tier,
                                  @RequestParam(required = false) RequiredAuthority requiredAuthority,
                                  @RequestParam(required = false) String partnershipId,
                                  @RequestParam(required = false) String partnerId,
                                  @RequestParam(defaultValue = "false") boolean includeDecided,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "" + FindVettingQueue.DEFAULT_SIZE) int size) {
        FindVettingQueue query = RequestConversion.convert(() -> new FindVettingQueue(tier, requiredAuthority,
                partnershipId, partnerId, includeDecided, page, size));
        return queries.query(query, ResponseTypes.instanceOf(VettingQueuePage.class)).join();
    }

    /** One vetting, with its version as the entity tag. */
    @AnswersVersion
    @GetMapping("/vettings/{vettingId}")
    public ResponseEntity<VettingView> vetting(@PathVariable String vettingId) {
        VettingView view = queries.query(new FindVetting(vettingId), ResponseTypes.optionalInstanceOf(VettingView.class))
                .join()
                .orElseThrow(() -> new NotFoundException("no vetting with id " + vettingId));
        return ResponseEntity.ok().eTag(CommandAnswers.etag(view.version())).body(view);
    }

    /**
     * Every partner by name, with all its partnerships, vettings and current clearance; totals by partner type.
     *
     * @param partnerType only partners of this type: CSO, CORPORATE, FOUNDATION, KNOWLEDGE, MEDIA, GPP, UN_ENTITY or
     *                    OTHER
     * @param text        only partners whose name contains it, in any letter case
     */
    @GetMapping("/partners")
    public PartnerRegistryPage partners(@RequestParam(required = false) PartnerType partnerType,
                                        @RequestParam(required = false) String text,
                                        @RequestParam(defaultValue = "0") int page,
                                        @RequestParam(defaultValue = "" + FindPartners.DEFAULT_SIZE) int size) {
        FindPartners query = RequestConversion.convert(() -> new FindPartners(partnerType, text, page, size));
        return queries.query(query, ResponseTypes.instanceOf(PartnerRegistryPage.class)).join();
    }

    /**
     * One partner of the registry, with all its partnerships and vettings.
     *
     * @param partnerId the partner's id, as a partnership's partners name it
     */
    @GetMapping("/partners/{partnerId}")
    public PartnerRecord partner(@PathVariable String partnerId) {
        return queries.query(new FindPartner(partnerId), ResponseTypes.optionalInstanceOf(PartnerRecord.class))
                .join()
                .orElseThrow(() -> new NotFoundException("no partner with id " + partnerId));
    }
}
