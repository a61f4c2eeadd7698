package org.partnershipledger.adapters.persistence.rebuild;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredTimestampsTest {

    @Property
    void readsWhatAxonWritesAsAxonReadsIt(@ForAll @LongRange(min = -62_000_000_000L, max = 253_000_000_000L) long seconds,
                                         @ForAll @LongRange(min = 0, max = 999_999_999) long nanos) {
        String stored = DateTimeUtils.formatInstant(Instant.ofEpochSecond(seconds, nanos));

        assertThat(StoredTimestamps.parse(stored)).isEqualTo(DateTimeUtils.parseInstant(stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-07T13:50:52.770Z", "2026-12-07T13:50:52.7Z", "2026-12-07T13:50:52Z",
            "2026-12-07T14:50:52.770+01:00", "2026-12-07t13:50:52.770z", "2024-02-29T23:59:59.999999999Z",
            "2026-12-07T13:50:52.770123Z"})
    void readsEveryOtherFormAsAxonDoes(String stored) {
        assertThat(StoredTimestamps.parse(stored)).isEqualTo(DateTimeUtils.parseInstant(stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T13:50:52.770Z", "2026-13-07T13:50:52.770Z", "2026-12-07T24:50:52.770Z",
            "2026-12-07T13:50:52.77xZ"})
    void refusesWhatAxonRefuses(String stored) {
        assertThatThrownBy(() -> DateTimeUtils.parseInstant(stored)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> StoredTimestamps.parse(stored)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void takesTheFractionAsWrittenWhateverItsLength() {
        assertThat(StoredTimestamps.parse("1970-01-01T00:00:01.5Z")).isEqualTo(Instant.ofEpochSecond(1, 500_000_000));
    }
}
