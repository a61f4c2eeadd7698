package org.partnershipledger.application.audit;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Why an event happened, as its payload states it. By convention, not by a list of events: the fields named
 * {@code reason}, {@code reasons}, {@code justification}, {@code rationale} and {@code information} (what prompted a
 * reopening) say why, so a new event that follows the naming of the existing ones is covered without a change here.
 * Several such fields are joined with {@code ": "} in the order the event declares them (a discontinuation reads
 * {@code "MUTUAL_AGREEMENT: both sides agreed ..."}); a list's items with {@code "; "}.
 */
public final class Reasons {

    /** The names of the fields that state why. */
    public static final Set<String> FIELDS = Set.of("reason", "reasons", "justification", "rationale", "information");

    private Reasons() {
    }

    /** The reason the payload states, or {@code null} when it has none (or is not a record). */
    public static String of(Object payload) {
        if (payload == null || !payload.getClass().isRecord()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            if (FIELDS.contains(component.getName())) {
                String text = text(value(component, payload));
                if (text != null && !text.isBlank()) {
                    parts.add(text);
                }
            }
        }
        return parts.isEmpty() ? null : String.join(": ", parts);
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            var accessor = component.getAccessor();
            accessor.trySetAccessible();
            return accessor.invoke(record);
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            return null;
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> items) {
            String joined = items.stream().filter(item -> item != null).map(String::valueOf)
                    .filter(item -> !item.isBlank()).collect(Collectors.joining("; "));
            return joined.isEmpty() ? null : joined;
        }
        return String.valueOf(value);
    }
}
