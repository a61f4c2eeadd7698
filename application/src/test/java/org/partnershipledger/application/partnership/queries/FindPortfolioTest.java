package org.partnershipledger.application.partnership.queries;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FindPortfolioTest {

    @Test
    void a_page_size_above_the_cap_is_refused_naming_the_cap() {
        assertThatIllegalArgumentException().isThrownBy(() -> page(0, FindPortfolio.MAX_SIZE + 1))
                .withMessageContaining("size").withMessageContaining("100");
    }

    @Test
    void the_cap_itself_is_accepted() {
        assertThat(page(0, 100).size()).isEqualTo(100);
    }

    @Test
    void an_empty_page_size_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> page(0, 0)).withMessageContaining("size");
    }

    @Test
    void a_negative_page_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> page(-1, 10)).withMessageContaining("page");
    }

    @Test
    void pages_count_from_zero() {
        assertThat(page(0, 20).offset()).isZero();
        assertThat(page(3, 20).offset()).isEqualTo(60);
    }

    @Test
    void blank_text_and_office_filter_nothing_and_no_sort_means_newest_first() {
        FindPortfolio query = new FindPortfolio(null, null, null, "  ", " ", 0, 10, null);

        assertThat(query.text()).isNull();
        assertThat(query.leadOffice()).isNull();
        assertThat(query.sort()).isEqualTo(PortfolioSort.DEFAULT);
        assertThat(query.sort().field()).isEqualTo(PortfolioSort.Field.PROPOSED_AT);
        assertThat(query.sort().direction()).isEqualTo(PortfolioSort.Direction.DESC);
    }

    private static FindPortfolio page(int page, int size) {
        return new FindPortfolio(null, null, null, null, null, page, size, null);
    }
}
