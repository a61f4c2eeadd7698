package org.partnershipledger.domain.vetting;

import java.util.List;

/**
 * One entry of a sanctions list that resembles the screened partner.
 *
 * @param entryReference the list's own reference for the entry (for the UN list, its reference number)
 * @param entryKind      {@code INDIVIDUAL} or {@code ENTITY}
 * @param listedName     the entry's primary name as the list spells it
 * @param matchedName    the name or alias of the entry that came closest
 * @param score          similarity from 0 (nothing alike) to 1 (the same after normalisation)
 * @param aliases        every alias the list gives the entry, so that a reader can judge the match
 */
public record ScreeningMatch(String entryReference, String entryKind, String listedName, String matchedName,
                             double score, List<String> aliases) {
}
