/**
 * Sanctions screening out: implements the application's {@code SanctionsScreening} port against the UN Security
 * Council Consolidated List in the XML form the UN publishes. The list is read once from a configured file, class-path
 * resource or URL with the JDK's streaming parser (no DTDs, no external entities, because the document comes from
 * outside), kept in memory, and reloaded only when the composition root asks. Names are compared by
 * {@link org.partnershipledger.adapters.screening.NameMatcher}, which forgives case, accents, punctuation, word order
 * and small misspellings, and every result carries the list's generation date so that an auditor can tell which
 * edition cleared or flagged a partner. Plain Java: {@code app} declares the bean.
 */
package org.partnershipledger.adapters.screening;
