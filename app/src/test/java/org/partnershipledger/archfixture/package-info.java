/**
 * Deliberate violations of the architecture rules, laid out like the real modules, so that
 * {@code ArchitectureRulesCatchViolationsTest} can show every rule failing. Nothing here runs.
 */
package org.partnershipledger.archfixture;
