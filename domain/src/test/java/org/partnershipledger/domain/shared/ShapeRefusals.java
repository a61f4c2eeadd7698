package org.partnershipledger.domain.shared;

import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command whose shape is wrong (a missing identifier, a malformed code) is refused by its own constructor, before
 * any aggregate sees it: with an {@link IllegalArgumentException}, or a {@link NullPointerException} from
 * {@code Objects.requireNonNull} naming the field. Any other exception from a constructor is a bug.
 */
public final class ShapeRefusals {

    private ShapeRefusals() {
    }

    /** The command built, or {@code null} when its constructor refused its shape as it should. */
    public static <C> C constructed(Supplier<C> construction) {
        try {
            return construction.get();
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).as("a shape refusal says what is wrong").isNotBlank();
            return null;
        } catch (NullPointerException refused) {
            assertThat(refused.getMessage()).as("a null refused by a constructor names the field, %s", refused)
                    .isNotNull().endsWith("is required");
            return null;
        }
    }
}
