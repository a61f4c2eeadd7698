package org.partnershipledger.application.vetting.queries;

import org.partnershipledger.application.paging.Paging;
import org.partnershipledger.domain.partnership.PartnerType;

/**
 * Asks for one page of the partner registry, by name. Both filters are optional ({@code null} leaves it out) and
 * combine. Answered with a {@link org.partnershipledger.application.vetting.views.PartnerRegistryPage}, whose totals
 * by partner type cover the whole registry.
 *
 * <p>A size outside 1..{@value #MAX_SIZE} or a negative page is refused rather than silently changed.
 *
 * @param text matched, case-insensitively, anywhere in the partner's name
 * @param page 0-based
 */
public record FindPartners(PartnerType partnerType, String text, int page, int size) {

    public static final int DEFAULT_SIZE = Paging.DEFAULT_SIZE;
    public static final int MAX_SIZE = Paging.MAX_SIZE;

    public FindPartners {
        Paging.require(page, size);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** The first page of the whole registry. */
    public static FindPartners firstPage() {
        return new FindPartners(null, null, 0, DEFAULT_SIZE);
    }

    /** How many partners precede this page. */
    public long offset() {
        return (long) page * size;
    }
}
