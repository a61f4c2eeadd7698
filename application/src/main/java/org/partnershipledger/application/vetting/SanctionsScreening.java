package org.partnershipledger.application.vetting;

import org.partnershipledger.domain.vetting.ScreeningResult;

/**
 * Screens a partner's name against a sanctions list (V3). Implementations live in adapter modules; the result is
 * recorded as an event on the vetting, whatever it found.
 */
public interface SanctionsScreening {

    /**
     * @param name    the partner's name as registered
     * @param country the partner's country, ISO 3166-1 alpha-2, which an implementation may use to rank matches
     */
    ScreeningResult screen(String name, String country);
}
