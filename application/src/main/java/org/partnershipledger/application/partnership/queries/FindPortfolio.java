package org.partnershipledger.application.partnership.queries;

import org.partnershipledger.application.paging.Paging;
import org.partnershipledger.domain.partnership.PartnerType;
import org.partnershipledger.domain.partnership.PartnershipForm;
import org.partnershipledger.domain.partnership.PartnershipStatus;

/**
 * Asks for one page of the portfolio. Every filter is optional ({@code null} leaves it out) and the filters combine:
 * a partnership is listed only when it passes all of them. Answered with a
 * {@link org.partnershipledger.application.partnership.views.PortfolioPage}.
 *
 * <p>The page size is capped so that no client can make one query read the whole portfolio; a size outside
 * 1..{@value #MAX_SIZE} or a negative page is refused rather than silently changed, so the client learns its request
 * was not what it got.
 *
 * @param partnerType lists partnerships with at least one current partner of this type
 * @param leadOffice  the lead office's code, such as {@code CO-SEN}
 * @param text        matched, case-insensitively, anywhere in the title, the purpose or a current partner's name
 * @param page        0-based
 * @param sort        {@code null} means {@link PortfolioSort#DEFAULT}
 */
public record FindPortfolio(PartnershipStatus status,
                            PartnershipForm form,
                            PartnerType partnerType,
                            String leadOffice,
                            String text,
                            int page,
                            int size,
                            PortfolioSort sort) {

    public static final int DEFAULT_SIZE = Paging.DEFAULT_SIZE;
    public static final int MAX_SIZE = Paging.MAX_SIZE;

    public FindPortfolio {
        Paging.require(page, size);
        leadOffice = blankToNull(leadOffice);
        text = blankToNull(text);
        sort = sort == null ? PortfolioSort.DEFAULT : sort;
    }

    /** The first page of the whole portfolio, newest first. */
    public static FindPortfolio firstPage() {
        return new FindPortfolio(null, null, null, null, null, 0, DEFAULT_SIZE, null);
    }

    /** How many partnerships precede this page. */
    public long offset() {
        return (long) page * size;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
