package org.partnershipledger.domain.shared;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.HashSet;
import java.util.List;

/** Hamcrest matchers on refusals, shared by the fixture tests of every aggregate. */
public final class RuleViolationMatchers {

    private RuleViolationMatchers() {
    }

    /** A refusal under {@code rule} that names exactly these parts in {@link RuleViolation#violations()}. */
    public static Matcher<RuleViolation> violationNaming(Rule rule, String... parts) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.rule() == rule && violation.violations().size() == parts.length
                        && new HashSet<>(violation.violations()).equals(new HashSet<>(List.of(parts)));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + rule + " violation naming exactly ").appendValueList("[", ", ", "]",
                        parts);
            }

            @Override
            protected void describeMismatchSafely(RuleViolation violation, Description description) {
                description.appendText("was a " + violation.rule() + " violation naming ")
                        .appendValue(violation.violations());
            }
        };
    }
}
