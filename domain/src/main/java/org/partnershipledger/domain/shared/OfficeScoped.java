package org.partnershipledger.domain.shared;

/**
 * A record that belongs to one office of the agency. Staff of a country or regional office act only on the records of
 * their own office; headquarters acts on all. The composition root enforces this for commands sent by people.
 */
public interface OfficeScoped {

    OfficeCode leadOffice();
}
