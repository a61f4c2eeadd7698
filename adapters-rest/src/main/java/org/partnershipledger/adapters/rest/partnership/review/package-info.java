/** After agreement: participatory reviews (P6) and the corrective action plans a poor review calls for (P7). */
package org.partnershipledger.adapters.rest.partnership.review;
