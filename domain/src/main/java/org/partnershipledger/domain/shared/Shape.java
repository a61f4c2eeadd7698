package org.partnershipledger.domain.shared;

/**
 * Shape checks for the compact constructors of commands: a command that lacks an identifier, an actor or a choice
 * is not a request anyone can judge, so it is refused before it reaches an aggregate, naming the missing field.
 */
public final class Shape {

    private Shape() {
    }

    /** @throws IllegalArgumentException naming {@code field} when {@code value} is {@code null} */
    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    /** @throws IllegalArgumentException naming {@code field} when {@code value} is {@code null} or blank */
    public static String requiredText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }
}
