/**
 * The demonstration portfolio seeded by the {@code --demo} program argument, through the same commands the API sends.
 */
package org.partnershipledger.app.demo;
