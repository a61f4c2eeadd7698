package org.partnershipledger.archfixture.application;

/** Violates rule 2: application code that talks to a database through Spring. */
public class ApplicationUsingJdbc {
    org.springframework.jdbc.core.JdbcTemplate jdbc;
}
