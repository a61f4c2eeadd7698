/**
 * Operating the event history (ADR 014): rebuilding a read model by replaying the event store on an administrator's
 * request, with its progress, over Axon's streaming event processors; and the upcasters that let events stored in an
 * earlier shape load as the current one.
 */
package org.partnershipledger.app.operations;
