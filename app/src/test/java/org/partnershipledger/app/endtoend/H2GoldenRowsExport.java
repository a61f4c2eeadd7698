package org.partnershipledger.app.endtoend;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Exports the golden rows from the embedded H2 database, by hand only:
 * {@code ./mvnw -o -pl app -am verify -Dit.test=H2GoldenRowsExport -Dledger.export-golden-rows=true ...}
 * (golden-rows/README.md has the whole command).
 */
@EnabledIfSystemProperty(named = GoldenRowsExport.SWITCH, matches = "true",
        disabledReason = GoldenRowsExport.RUN_BY_HAND)
class H2GoldenRowsExport extends GoldenRowsExport {
}
