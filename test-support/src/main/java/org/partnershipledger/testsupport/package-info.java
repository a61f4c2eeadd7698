/**
 * Helpers for tests only: {@link org.partnershipledger.testsupport.RequiresPostgres} runs a test against a real
 * PostgreSQL in a schema of its own, and {@link org.partnershipledger.testsupport.SkippedTestsReport} says at the end
 * of a run which tests were skipped and why, and {@link org.partnershipledger.testsupport.TcpProxy} takes a server away
 * from the application under test and gives it back.
 */
package org.partnershipledger.testsupport;
