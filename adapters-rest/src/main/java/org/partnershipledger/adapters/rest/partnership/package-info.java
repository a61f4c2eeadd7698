/**
 * Partnerships over HTTP: task-based commands, one endpoint per decision an officer takes, each answering with the
 * partnership's new version. Request bodies require what the command itself cannot do without and bound every size;
 * what the business rules demand (the parts of an agreement, a review or a closure) is left to the aggregate, which
 * names every missing part with its rule. Sub-packages hold the commands of one stage of the lifecycle each.
 */
package org.partnershipledger.adapters.rest.partnership;
