/**
 * Running several nodes of the service on one database (ADR 025): the event processors' segments are shared fairly
 * between the live nodes and fail over to the survivors when a node dies.
 */
package org.partnershipledger.app.scaleout;
