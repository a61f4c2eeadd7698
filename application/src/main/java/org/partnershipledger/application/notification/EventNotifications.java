package org.partnershipledger.application.notification;

/**
 * The outbound port through which the world outside hears of events (ADR 020). Implementations live in adapter
 * modules ({@code adapters-webhooks} records a delivery per subscriber); the composition root hands every
 * implementation to {@link EventNotificationPolicy}.
 *
 * <p>The contract an implementation keeps:
 * <ul>
 *   <li>{@link #publish} runs inside the event processor's transaction, the one that also moves its token. Record what
 *       is to be sent there (an outbox) and return: never wait on a remote system here, or a slow receiver would stall
 *       the processor, and a failed receiver would retry the whole batch.</li>
 *   <li>A runtime exception rolls the batch back and the processor retries it with back-off: every implementation
 *       then hears the event again, so recording must be idempotent per {@link Notification#eventId()}.</li>
 *   <li>It is never called during a replay: the policy disallows replay.</li>
 * </ul>
 */
public interface EventNotifications {

    void publish(Notification notification);
}
