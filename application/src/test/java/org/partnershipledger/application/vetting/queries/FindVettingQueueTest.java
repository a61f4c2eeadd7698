package org.partnershipledger.application.vetting.queries;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FindVettingQueueTest {

    @Test
    void a_page_size_above_the_cap_is_refused_naming_the_cap() {
        assertThatIllegalArgumentException().isThrownBy(() -> page(0, FindVettingQueue.MAX_SIZE + 1))
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
    void blank_ids_filter_nothing_and_the_first_page_lists_open_vettings_only() {
        FindVettingQueue query = new FindVettingQueue(null, null, " ", "", false, 0, 10);

        assertThat(query.partnershipId()).isNull();
        assertThat(query.partnerId()).isNull();
        assertThat(FindVettingQueue.firstPage().includeDecided()).isFalse();
        assertThat(FindVettingQueue.firstPage().size()).isEqualTo(FindVettingQueue.DEFAULT_SIZE);
    }

    private static FindVettingQueue page(int page, int size) {
        return new FindVettingQueue(null, null, null, null, false, page, size);
    }
}
