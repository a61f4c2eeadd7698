package org.partnershipledger.application.paging;

/**
 * Pages of every list the API offers: 0-based, and never larger than {@link #MAX_SIZE}, so that no query can ask the
 * database for an unbounded result (OWASP API4, unrestricted resource consumption).
 */
public final class Paging {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private Paging() {
    }

    /** Refuses a page or size outside the bounds, naming the parameter, so that the API can answer 400. */
    public static void require(int page, int size) {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
    }
}
