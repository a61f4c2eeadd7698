/** The shapes in which vettings, clearances and partners are read. */
package org.partnershipledger.application.vetting.views;
