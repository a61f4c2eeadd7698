package org.partnershipledger.domain.partnership;

import java.util.List;

/** Normalises optional lists in messages and value objects: absent means empty, and what is kept is immutable. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static <T> List<T> copyOrNull(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }

    static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    static boolean hasTextEntry(List<String> list) {
        return list != null && list.stream().anyMatch(Lists::hasText);
    }
}
