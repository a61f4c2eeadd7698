package org.partnershipledger.adapters.rest.webhooks;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.partnershipledger.adapters.rest.identity.CurrentActor;
import org.partnershipledger.adapters.rest.problem.NotFoundException;
import org.partnershipledger.adapters.rest.problem.ProblemTypes;
import org.partnershipledger.adapters.rest.problem.RequestConversion;
import org.partnershipledger.application.notification.DeliveryNotParkedException;
import org.partnershipledger.application.notification.DeliveryStatus;
import org.partnershipledger.application.notification.InvalidWebhookSubscriptionException;
import org.partnershipledger.application.notification.NewWebhookSubscription;
import org.partnershipledger.application.notification.WebhookDeliveries;
import org.partnershipledger.application.notification.WebhookDelivery;
import org.partnershipledger.application.notification.WebhookSubscription;
import org.partnershipledger.application.notification.WebhookSubscriptions;
import org.partnershipledger.application.paging.Paging;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

import static org.partnershipledger.adapters.rest.problem.ProblemResponses.problem;
import static org.partnershipledger.adapters.rest.problem.ProblemResponses.respond;

/**
 * Webhook subscribers and their deliveries, for administrators (ADR 020, 021). A subscriber's secret goes in once, with
 * the registration, and never comes out. Parked deliveries, those whose every attempt failed, are listed with
 * {@code ?status=PARKED} and sent again with {@code POST …/{id}/retry}.
 */
@RestController
public class WebhookAdminController {

    static final String SUBSCRIPTIONS = "/api/admin/webhook-subscriptions";
    static final String DELIVERIES = "/api/admin/webhook-deliveries";

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;

    public WebhookAdminController(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
    }

    /**
     * The answer of a list: one page of items.
     *
     * @param items the items on this page
     * @param page  the 0-based page number asked for
     * @param size  the page size asked for; fewer items mean the last page
     */
    public record Page<T>(List<T> items, int page, int size) {
    }

    @ApiResponse(responseCode = "201", description = "Registered: the subscriber, without its secret",
            headers = @Header(name = HttpHeaders.LOCATION, description = "Where the subscriber is read",
                    schema = @Schema(type = "string")))
    @PostMapping(path = SUBSCRIPTIONS, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<WebhookSubscription> subscribe(@Valid @RequestBody SubscribeWebhookRequest request,
                                                         Authentication authentication) {
        String admin = CurrentActor.require(authentication).userId().value();
        WebhookSubscription subscription = subscriptions.subscribe(NewWebhookSubscription.of(request.url(),
                request.secret(), request.eventTypes(), request.description(), admin));
        return ResponseEntity.created(URI.create(SUBSCRIPTIONS + "/" + subscription.id())).body(subscription);
    }

    @GetMapping(path = SUBSCRIPTIONS, produces = MediaType.APPLICATION_JSON_VALUE)
    public Page<WebhookSubscription> subscriptions(@RequestParam(defaultValue = "0") int page,
                                                   @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        requirePaging(page, size);
        return new Page<>(subscriptions.list(page, size), page, size);
    }

    /**
     * One subscriber, without its secret.
     *
     * @param id the subscriber's id
     */
    @GetMapping(path = SUBSCRIPTIONS + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public WebhookSubscription subscription(@PathVariable String id) {
        return subscriptions.find(id).orElseThrow(() -> new NotFoundException("no webhook subscription " + id));
    }

    /**
     * Removes the subscriber; what it has not yet received is cancelled.
     *
     * @param id the subscriber's id
     */
    @ApiResponse(responseCode = "204", description = "Removed; what it had not yet received is cancelled")
    @DeleteMapping(SUBSCRIPTIONS + "/{id}")
    public ResponseEntity<Void> unsubscribe(@PathVariable String id) {
        if (!subscriptions.remove(id)) {
            throw new NotFoundException("no webhook subscription " + id);
        }
        return ResponseEntity.noContent().build();
    }

    /**
     * The deliveries, newest first.
     *
     * @param status         only deliveries in this status: PENDING, DELIVERED, PARKED or CANCELLED
     * @param subscriptionId only deliveries to this subscriber
     */
    @GetMapping(path = DELIVERIES, produces = MediaType.APPLICATION_JSON_VALUE)
    public Page<WebhookDelivery> deliveries(@RequestParam(required = false) DeliveryStatus status,
                                            @RequestParam(required = false) String subscriptionId,
                                            @RequestParam(defaultValue = "0") int page,
                                            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        requirePaging(page, size);
        return new Page<>(deliveries.list(status, subscriptionId, page, size), page, size);
    }

    /**
     * One delivery, with its attempts and the last error.
     *
     * @param id the delivery's id
     */
    @GetMapping(path = DELIVERIES + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public WebhookDelivery delivery(@PathVariable String id) {
        return deliveries.find(id).orElseThrow(() -> new NotFoundException("no webhook delivery " + id));
    }

    /**
     * Sends a parked delivery again, from its first attempt; answers the delivery, pending again.
     *
     * @param id the id of a PARKED delivery
     */
    @ApiResponse(responseCode = "200", description = "The delivery, pending again")
    @ApiResponse(responseCode = "409", description = "The delivery is not parked: only a delivery whose every "
            + "attempt failed is sent again")
    @PostMapping(path = DELIVERIES + "/{id}/retry", produces = MediaType.APPLICATION_JSON_VALUE)
    public WebhookDelivery retryDelivery(@PathVariable String id) {
        return deliveries.retry(id).orElseThrow(() -> new NotFoundException("no webhook delivery " + id));
    }

    @ExceptionHandler(InvalidWebhookSubscriptionException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidWebhookSubscriptionException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_REQUEST, "Invalid request",
                e.getMessage());
        problem.setProperty("field", e.field());
        return respond(problem);
    }

    @ExceptionHandler(DeliveryNotParkedException.class)
    ResponseEntity<ProblemDetail> notParked(DeliveryNotParkedException e) {
        return respond(problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Not parked", e.getMessage()));
    }

    private static void requirePaging(int page, int size) {
        RequestConversion.convert(() -> {
            Paging.require(page, size);
            return page;
        });
    }
}
