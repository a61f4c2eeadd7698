/**
 * Notifications wired (ADR 020, 021): the notification policy in a processing group of its own, the webhook adapter
 * behind its ports, its delivery worker, and the administrators' endpoints.
 */
package org.partnershipledger.app.notification;
