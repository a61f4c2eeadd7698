package org.partnershipledger.domain.vetting;

import java.util.List;

/** Whether free text a rule asks for is really there: blank text says nothing. */
final class Text {

    private Text() {
    }

    static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    static boolean hasTextEntry(List<String> list) {
        return list != null && list.stream().anyMatch(Text::hasText);
    }
}
