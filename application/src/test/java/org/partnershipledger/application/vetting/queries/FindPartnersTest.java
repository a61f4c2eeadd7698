package org.partnershipledger.application.vetting.queries;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FindPartnersTest {

    @Test
    void a_page_size_above_the_cap_is_refused_naming_the_cap() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FindPartners(null, null, 0, 101))
                .withMessageContaining("size").withMessageContaining("100");
    }

    @Test
    void an_empty_page_size_and_a_negative_page_are_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FindPartners(null, null, 0, 0))
                .withMessageContaining("size");
        assertThatIllegalArgumentException().isThrownBy(() -> new FindPartners(null, null, -1, 10))
                .withMessageContaining("page");
    }

    @Test
    void blank_text_filters_nothing_and_text_is_stripped() {
        assertThat(new FindPartners(null, "  ", 0, 10).text()).isNull();
        assertThat(new FindPartners(null, " Tostan ", 0, 10).text()).isEqualTo("Tostan");
    }

    @Test
    void pages_count_from_zero() {
        assertThat(new FindPartners(null, null, 2, 25).offset()).isEqualTo(50);
    }
}
