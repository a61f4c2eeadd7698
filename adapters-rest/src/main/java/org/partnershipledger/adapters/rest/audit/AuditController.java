package org.partnershipledger.adapters.rest.audit;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.partnershipledger.adapters.rest.openapi.AnswersVersion;
import org.partnershipledger.adapters.rest.partnership.CommandAnswers;
import org.partnershipledger.adapters.rest.problem.NotFoundException;
import org.partnershipledger.adapters.rest.problem.RequestConversion;
import org.partnershipledger.application.audit.AuditedAggregate;
import org.partnershipledger.application.audit.queries.FindEventHistory;
import org.partnershipledger.application.audit.queries.FindPartnershipAsOf;
import org.partnershipledger.application.audit.queries.FindVettingAsOf;
import org.partnershipledger.application.audit.queries.PointInHistory;
import org.partnershipledger.application.audit.views.EventHistoryPage;
import org.partnershipledger.application.partnership.views.PartnershipView;
import org.partnershipledger.application.vetting.views.VettingView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/**
 * What auditors read about one partnership or vetting, from the event store rather than the read models: its history,
 * a page at a time, and its view as it stood at an instant ({@code at}) or a version, in the same shape as the current
 * view. An unknown id, or a point before the record existed, answers 404.
 */
@RestController
@RequestMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
public class AuditController {

    private final QueryGateway queries;

    public AuditController(QueryGateway queries) {
        this.queries = queries;
    }

    /** The partnership's events, oldest first, with who, when, why and what caused each. */
    @GetMapping("/partnerships/{partnershipId}/history")
    public EventHistoryPage partnershipHistory(@PathVariable String partnershipId,
                                               @RequestParam(defaultValue = "0") int page,
                                               @RequestParam(defaultValue = "" + FindEventHistory.DEFAULT_SIZE)
                                               int size) {
        return history(AuditedAggregate.PARTNERSHIP, partnershipId, page, size, "partnership");
    }

    /** The vetting's events, oldest first, with who, when, why and what caused each. */
    @GetMapping("/vettings/{vettingId}/history")
    public EventHistoryPage vettingHistory(@PathVariable String vettingId,
                                           @RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "" + FindEventHistory.DEFAULT_SIZE) int size) {
        return history(AuditedAggregate.VETTING, vettingId, page, size, "vetting");
    }

    /**
     * The partnership as it stood at an instant ({@code at}, ISO 8601) or after a version; give exactly one.
     *
     * @param at      the instant to rebuild the record at (ISO 8601, e.g. 2026-03-01T12:00:00Z); give at or version,
     *                not both
     * @param version the version to rebuild the record at, 0 for its first event; give at or version, not both
     */
    @AnswersVersion
    @GetMapping("/partnerships/{partnershipId}/as-of")
    public ResponseEntity<PartnershipView> partnershipAsOf(@PathVariable String partnershipId,
                                                           @RequestParam(required = false) Instant at,
                                                           @RequestParam(required = false) Long version) {
        FindPartnershipAsOf query = RequestConversion.convert(() ->
                new FindPartnershipAsOf(partnershipId, new PointInHistory(at, version)));
        PartnershipView view = queries.query(query, ResponseTypes.optionalInstanceOf(PartnershipView.class)).join()
                .orElseThrow(() -> new NotFoundException("no partnership with id " + partnershipId + " at "
                        + query.point()));
        return ResponseEntity.ok().eTag(CommandAnswers.etag(view.version())).body(view);
    }

    /**
     * The vetting as it stood at an instant ({@code at}, ISO 8601) or after a version; give exactly one.
     *
     * @param at      the instant to rebuild the record at (ISO 8601, e.g. 2026-03-01T12:00:00Z); give at or version,
     *                not both
     * @param version the version to rebuild the record at, 0 for its first event; give at or version, not both
     */
    @AnswersVersion
    @GetMapping("/vettings/{vettingId}/as-of")
    public ResponseEntity<VettingView> vettingAsOf(@PathVariable String vettingId,
                                                   @RequestParam(required = false) Instant at,
                                                   @RequestParam(required = false) Long version) {
        FindVettingAsOf query = RequestConversion.convert(() ->
                new FindVettingAsOf(vettingId, new PointInHistory(at, version)));
        VettingView view = queries.query(query, ResponseTypes.optionalInstanceOf(VettingView.class)).join()
                .orElseThrow(() -> new NotFoundException("no vetting with id " + vettingId + " at " + query.point()));
        return ResponseEntity.ok().eTag(CommandAnswers.etag(view.version())).body(view);
    }

    private EventHistoryPage history(AuditedAggregate aggregate, String id, int page, int size, String noun) {
        FindEventHistory query = RequestConversion.convert(() -> new FindEventHistory(aggregate, id, page, size));
        return queries.query(query, ResponseTypes.optionalInstanceOf(EventHistoryPage.class)).join()
                .orElseThrow(() -> new NotFoundException("no " + noun + " with id " + id));
    }
}
