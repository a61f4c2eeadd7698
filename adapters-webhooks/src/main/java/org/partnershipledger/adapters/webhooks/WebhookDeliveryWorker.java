package org.partnershipledger.adapters.webhooks;

import org.partnershipledger.adapters.webhooks.JdbcWebhookDeliveries.Claimed;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the deliveries the outbox recorded (ADR 021), on threads of its own, far from any command or event processor:
 * a receiver that is slow or down delays only its own deliveries, and holds at most {@code threads} of them.
 *
 * <p>Every poll claims as many due deliveries as there are free threads and POSTs each one: the stored body, signed
 * for this attempt ({@link WebhookSignature}), with the JDK's {@link HttpClient}, which neither follows redirects nor
 * waits beyond the configured timeouts. A 2xx answer delivers it; anything else, or no answer, counts as a failed
 * attempt: it is tried again after the {@link RetrySchedule}'s delay, or parked after the last attempt. Delivery is at
 * least once: a worker that dies between the receiver's answer and recording it leaves the delivery to be sent again
 * once its lease ends, under the same delivery id.
 */
public final class WebhookDeliveryWorker implements AutoCloseable {

    private static final System.Logger log = System.getLogger(WebhookDeliveryWorker.class.getName());
    private static final String USER_AGENT = "PartnershipLedger-Webhooks/1";

    private final JdbcWebhookDeliveries deliveries;
    private final WebhookSettings settings;
    private final Clock clock;
    private final HttpClient http;
    private final ScheduledExecutorService poller;
    private final ExecutorService senders;
    private final Semaphore freeSenders;

    public WebhookDeliveryWorker(JdbcWebhookDeliveries deliveries, WebhookSettings settings, Clock clock) {
        this.deliveries = deliveries;
        this.settings = settings;
        this.clock = clock;
        this.senders = Executors.newFixedThreadPool(settings.threads(), threads("webhook-sender"));
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.poller = Executors.newSingleThreadScheduledExecutor(threads("webhook-poller"));
        this.freeSenders = new Semaphore(settings.threads());
    }

    /** Starts polling; deliveries recorded while the service was down are sent now. */
    public void start() {
        long interval = settings.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        poller.shutdownNow();
        senders.shutdownNow();
    }

    /** One round: claims what free threads can take and hands each delivery to one of them. */
    void poll() {
        try {
            int free = freeSenders.availablePermits();
            if (free == 0) {
                return;
            }
            List<Claimed> claimed = deliveries.claimDue(free, settings.lease());
            for (Claimed delivery : claimed) {
                freeSenders.acquireUninterruptibly();
                senders.execute(() -> {
                    try {
                        send(delivery);
                    } finally {
                        freeSenders.release();
                    }
                });
            }
        } catch (RuntimeException e) {
            // A database that is briefly away must not end the schedule: the next poll tries again.
            log.log(Level.WARNING, "Could not poll for due webhook deliveries", e);
        }
    }

    void send(Claimed delivery) {
        Instant at = clock.instant();
        String error;
        try {
            HttpResponse<Void> response = http.send(request(delivery, at), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                deliveries.delivered(delivery, clock.instant());
                return;
            }
            error = "HTTP " + response.statusCode();
        } catch (HttpConnectTimeoutException e) {
            error = "no connection within " + settings.connectTimeout();
        } catch (HttpTimeoutException e) {
            error = "no answer within " + settings.requestTimeout();
        } catch (ConnectException e) {
            error = "connection refused";
        } catch (IOException e) {
            error = "transport failure: " + (e.getMessage() == null ? "no detail" : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // Shutting down: the lease ends and the delivery is sent again, counted as not attempted.
            return;
        } catch (RuntimeException e) {
            error = "could not send: " + e.getMessage();
        }
        failed(delivery, error);
    }

    private void failed(Claimed delivery, String error) {
        int attempts = delivery.attempts() + 1;
        Instant at = clock.instant();
        Optional<Duration> wait = settings.retries().delayAfter(attempts);
        deliveries.failed(delivery, at, error, wait.map(at::plus).orElse(null));
        if (wait.isPresent()) {
            log.log(Level.INFO, "Webhook delivery {0} failed ({1}), attempt {2} of {3}; next in {4}", delivery.id(),
                    error, attempts, settings.retries().maxAttempts(), wait.get());
        } else {
            log.log(Level.WARNING, "Webhook delivery {0} parked after {1} failed attempts, the last: {2}",
                    delivery.id(), attempts, error);
        }
    }

    private HttpRequest request(Claimed delivery, Instant at) {
        long timestamp = at.getEpochSecond();
        return HttpRequest.newBuilder(URI.create(delivery.url()))
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header(WebhookSignature.DELIVERY_ID_HEADER, delivery.id())
                .header(WebhookSignature.EVENT_TYPE_HEADER, delivery.eventType())
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.HEADER, WebhookSignature.header(delivery.secret(), timestamp, delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body()))
                .build();
    }

    private static java.util.concurrent.ThreadFactory threads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
