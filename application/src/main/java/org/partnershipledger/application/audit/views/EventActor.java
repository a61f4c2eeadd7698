package org.partnershipledger.application.audit.views;

import java.util.Arrays;
import java.util.List;

/**
 * On whose behalf an event was recorded, as its metadata states it: the signed-in user of the request, or, for an
 * event of a command a policy sent, the user whose event the policy reacted to. Fields are {@code null} where the
 * metadata has none (events recorded without a user).
 *
 * @param userId the user's id, or null for an event recorded without a user
 * @param office the user's office, e.g. CO-SEN, RO-WCA or HQ, or null
 * @param roles  the user's roles when acting, sorted
 */
public record EventActor(String userId, String office, List<String> roles) {

    public EventActor {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** From the metadata's values; roles are stored as one comma-separated text. */
    public static EventActor of(Object userId, Object office, Object roles) {
        return new EventActor(text(userId), text(office), roles == null ? List.of()
                : Arrays.stream(String.valueOf(roles).split(",")).map(String::trim).filter(r -> !r.isEmpty())
                .sorted().toList());
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
