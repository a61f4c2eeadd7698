/**
 * Fail fast, all at once (issue 14): every required and every validatable setting is checked before any bean is
 * created, so before the database is touched, and a start that would not work is refused with one report naming
 * every setting that is missing or invalid, its environment variable, what it is for and its default.
 */
package org.partnershipledger.app.settings;
