package org.partnershipledger.testsupport;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the annotated test class only where a PostgreSQL server answers (see {@link PostgresTestDatabase} for where it
 * looks). On a developer's machine without one the class is skipped and the reason is reported; in CI
 * ({@code CI=true}) it is never skipped, so a missing database fails the build instead of hiding tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresAvailableCondition.class)
@Tag("postgres")
public @interface RequiresPostgres {
}
