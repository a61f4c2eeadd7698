package org.partnershipledger.application.partnership.queries;

import org.junit.jupiter.api.Test;
import org.partnershipledger.application.partnership.queries.PortfolioSort.Direction;
import org.partnershipledger.application.partnership.queries.PortfolioSort.Field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PortfolioSortTest {

    @Test
    void a_field_and_direction_are_read_as_clients_write_them() {
        assertThat(PortfolioSort.parse("title,asc")).isEqualTo(new PortfolioSort(Field.TITLE, Direction.ASC));
        assertThat(PortfolioSort.parse("nextReviewDue,DESC"))
                .isEqualTo(new PortfolioSort(Field.NEXT_REVIEW_DUE, Direction.DESC));
        assertThat(PortfolioSort.parse(" status , desc ")).isEqualTo(new PortfolioSort(Field.STATUS, Direction.DESC));
    }

    @Test
    void without_a_direction_proposals_sort_newest_first_and_other_fields_ascending() {
        assertThat(PortfolioSort.parse("proposedAt").direction()).isEqualTo(Direction.DESC);
        assertThat(PortfolioSort.parse("title").direction()).isEqualTo(Direction.ASC);
    }

    @Test
    void no_sort_is_the_default() {
        assertThat(PortfolioSort.parse(null)).isEqualTo(PortfolioSort.DEFAULT);
        assertThat(PortfolioSort.parse("")).isEqualTo(PortfolioSort.DEFAULT);
    }

    @Test
    void an_unknown_field_is_refused_naming_the_fields_that_exist() {
        assertThatIllegalArgumentException().isThrownBy(() -> PortfolioSort.parse("budget,asc"))
                .withMessageContaining("proposedAt, title, status, nextReviewDue")
                .withMessageContaining("budget");
    }

    @Test
    void an_unknown_direction_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> PortfolioSort.parse("title,up"))
                .withMessageContaining("asc or desc");
        assertThatIllegalArgumentException().isThrownBy(() -> PortfolioSort.parse("title,asc,desc"));
    }
}
