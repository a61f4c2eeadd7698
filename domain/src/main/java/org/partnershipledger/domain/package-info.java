/**
 * The model of Partnership Ledger: the Partnership and Vetting aggregates, the value objects they are made of,
 * the policies that parameterise their rules, and the commands and events that form the message API. It depends on
 * nothing but Java and Axon's modelling API, so the rules can be read, tested and replayed without any framework
 * runtime around them.
 */
package org.partnershipledger.domain;
