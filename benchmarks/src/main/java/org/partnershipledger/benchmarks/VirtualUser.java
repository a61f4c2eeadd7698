package org.partnershipledger.benchmarks;

/**
 * The three people one virtual user plays, with tokens of their own: the officer who proposes, the vetting officer
 * who prepares vettings and the approver who decides them (never the same person, V6), all of one country office.
 */
record VirtualUser(String officer, String vetter, String approver) {

    static final String OFFICE = "CO-SEN";

    static VirtualUser numbered(int number, AccessTokens tokens) {
        return new VirtualUser(
                tokens.token("bench-officer-" + number, OFFICE, "PARTNERSHIP_OFFICER"),
                tokens.token("bench-vetter-" + number, OFFICE, "VETTING_OFFICER"),
                tokens.token("bench-approver-" + number, OFFICE, "APPROVER"));
    }
}
