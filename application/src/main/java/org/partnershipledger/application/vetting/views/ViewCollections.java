package org.partnershipledger.application.vetting.views;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collections in vetting views are never null and never change: a document written before a list was added to its
 * view reads back with that list empty, and a view handed to a caller cannot be altered behind the store's back.
 */
final class ViewCollections {

    private ViewCollections() {
    }

    static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Counts with every constant of {@code type} present, 0 where {@code counts} has none, in declaration order. */
    static <K extends Enum<K>> Map<K, Long> countsOf(Class<K> type, Map<K, Long> counts) {
        Map<K, Long> all = new EnumMap<>(type);
        for (K key : type.getEnumConstants()) {
            Long count = counts == null ? null : counts.get(key);
            all.put(key, count == null ? 0L : count);
        }
        return Collections.unmodifiableMap(all);
    }
}
