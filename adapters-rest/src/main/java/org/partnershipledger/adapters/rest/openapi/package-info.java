/**
 * The HTTP contract in the OpenAPI document: what springdoc cannot see in the controllers' signatures. The status and
 * headers of an answer decided inside a {@code ResponseEntity}, the headers the filters read, and every refusal the
 * filters in front of an operation and its handler can answer, each derived from the same code that answers it.
 */
package org.partnershipledger.adapters.rest.openapi;
