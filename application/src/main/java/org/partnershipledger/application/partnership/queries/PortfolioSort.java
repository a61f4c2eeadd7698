package org.partnershipledger.application.partnership.queries;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How the portfolio is ordered. Ties are broken by the newest proposal and then by id, so that paging through the
 * portfolio never shows a partnership twice or skips one.
 *
 * @param direction {@code null} means the field's natural direction: newest first for {@code proposedAt},
 *                  ascending otherwise
 */
public record PortfolioSort(Field field, Direction direction) {

    /** Newest proposals first: what an officer opening the portfolio wants to see. */
    public static final PortfolioSort DEFAULT = new PortfolioSort(Field.PROPOSED_AT, Direction.DESC);

    public PortfolioSort {
        Objects.requireNonNull(field, "sort field is required");
        if (direction == null) {
            direction = field == Field.PROPOSED_AT ? Direction.DESC : Direction.ASC;
        }
    }

    /**
     * Reads the form clients send, {@code field[,asc|desc]} such as {@code "title,asc"}; {@code null} or blank is
     * {@link #DEFAULT}.
     *
     * @throws IllegalArgumentException naming the accepted fields or directions when the text has neither
     */
    public static PortfolioSort parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        String[] parts = text.split(",", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("sort must be field[,asc|desc], was '" + text + "'");
        }
        Field field = Field.byKey(parts[0].strip());
        Direction direction = parts.length == 2 ? Direction.byKey(parts[1].strip()) : null;
        return new PortfolioSort(field, direction);
    }

    /** What the portfolio can be sorted by, named as clients name it. */
    public enum Field {
        PROPOSED_AT("proposedAt"),
        TITLE("title"),
        STATUS("status"),
        NEXT_REVIEW_DUE("nextReviewDue");

        private final String key;

        Field(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        static Field byKey(String key) {
            return Arrays.stream(values()).filter(f -> f.key.equalsIgnoreCase(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("sort field must be one of "
                            + Arrays.stream(values()).map(Field::key).collect(Collectors.joining(", "))
                            + ", was '" + key + "'"));
        }
    }

    public enum Direction {
        ASC,
        DESC;

        static Direction byKey(String key) {
            try {
                return valueOf(key.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("sort direction must be asc or desc, was '" + key + "'", e);
            }
        }
    }
}
