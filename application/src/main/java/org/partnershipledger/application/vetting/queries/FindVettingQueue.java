package org.partnershipledger.application.vetting.queries;

import org.partnershipledger.application.paging.Paging;
import org.partnershipledger.application.vetting.views.RequiredAuthority;
import org.partnershipledger.domain.shared.VettingTier;

/**
 * Asks for one page of the vetting queue: the open vettings (OPEN or REOPENED), oldest first. Every filter is
 * optional ({@code null} leaves it out) and the filters combine. Answered with a
 * {@link org.partnershipledger.application.vetting.views.VettingQueuePage}; the age of each vetting is counted to the
 * answering side's "today".
 *
 * <p>A size outside 1..{@value #MAX_SIZE} or a negative page is refused rather than silently changed.
 *
 * @param partnershipId   vettings the partnership relies on: the one opened for it, and clearances it reused
 * @param includeDecided  also list decided vettings (CLEARED, CLEARED_WITH_CONDITIONS, REJECTED)
 * @param page            0-based
 */
public record FindVettingQueue(VettingTier tier,
                               RequiredAuthority requiredAuthority,
                               String partnershipId,
                               String partnerId,
                               boolean includeDecided,
                               int page,
                               int size) {

    public static final int DEFAULT_SIZE = Paging.DEFAULT_SIZE;
    public static final int MAX_SIZE = Paging.MAX_SIZE;

    public FindVettingQueue {
        Paging.require(page, size);
        partnershipId = blankToNull(partnershipId);
        partnerId = blankToNull(partnerId);
    }

    /** The first page of every open vetting. */
    public static FindVettingQueue firstPage() {
        return new FindVettingQueue(null, null, null, null, false, 0, DEFAULT_SIZE);
    }

    /** How many vettings precede this page. */
    public long offset() {
        return (long) page * size;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
