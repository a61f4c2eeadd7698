/**
 * Helpers for tests only: {@link org.partnershipledger.testsupport.RequiresPostgres} runs a test against a real
 * PostgreSQL in a schema of its own, and {@link org.partnershipledger.testsupport.SkippedTestsReport} says at the end
 * of a run which tests were skipped and why.
 */
package org.partnershipledger.testsupport;
