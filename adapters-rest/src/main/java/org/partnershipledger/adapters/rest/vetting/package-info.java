/**
 * Vettings over HTTP: task-based commands for the due diligence on a partner (open, screen, dismiss a false positive,
 * assess a criterion, rate the risk, decide, reopen), each answering with the vetting's new version, and the reads
 * vetting officers and approvers work from. Who acts (assessor, rater, approver and the authority of their office) is
 * always the authenticated user, never a request body; the rules V1 to V8 are the aggregate's, which names each one it
 * finds broken.
 */
package org.partnershipledger.adapters.rest.vetting;
