package org.partnershipledger.domain.shared;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.util.List;

/**
 * The random choices one generated command is made of. A command often has to fit the aggregate's state to get far
 * (name a partner it has, date a review after the agreement), which a generator cannot know in advance; so a step is
 * generated as dice and turned into a command when it is sent, against what the aggregate holds then. Low numbers are
 * the ordinary choice, so that jqwik, shrinking the dice towards zero, shrinks a failing sequence towards commands a
 * person would send.
 */
public record Dice(int carelessness, List<Integer> faces) {

    private static final int SIDES = 100;
    private static final int FACES = 12;

    public static Arbitrary<Dice> rolls() {
        return Arbitraries.integers().between(0, SIDES - 1).list().ofSize(FACES + 1)
                .map(all -> new Dice(all.get(0), all.subList(1, all.size())));
    }

    /**
     * Whether choice {@code i} is the ordinary one rather than a wrong or odd value. Most commands are careful, every
     * choice ordinary, so that sequences get far; a careless one gets each choice wrong half of the time.
     */
    public boolean ordinary(int i) {
        return carelessness < 70 || face(i) < 50;
    }

    /** One of the values, chosen by choice {@code i}; the first for a zero face. */
    @SafeVarargs
    public final <T> T pick(int i, T... values) {
        return values[face(i) % values.length];
    }

    public <T> T pick(int i, List<T> values) {
        return values.get(face(i) % values.size());
    }

    public int face(int i) {
        return faces.get(i % FACES);
    }

    @Override
    public String toString() {
        return (carelessness < 70 ? "careful" : "careless") + faces;
    }
}
