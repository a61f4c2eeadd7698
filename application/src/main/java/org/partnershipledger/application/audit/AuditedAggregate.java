package org.partnershipledger.application.audit;

import org.partnershipledger.domain.partnership.Partnership;
import org.partnershipledger.domain.vetting.Vetting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of record whose history auditors read, by the aggregate type the event store records for them. */
public enum AuditedAggregate {
    PARTNERSHIP(Partnership.class.getSimpleName()),
    VETTING(Vetting.class.getSimpleName());

    private final String typeName;

    AuditedAggregate(String typeName) {
        this.typeName = typeName;
    }

    /** The aggregate type as stored with each event, e.g. {@code Partnership}. */
    public String typeName() {
        return typeName;
    }

    /** The kind a type name names, in any letter case ({@code Partnership}, {@code partnership}, {@code VETTING}). */
    public static Optional<AuditedAggregate> named(String name) {
        return Arrays.stream(values())
                .filter(kind -> kind.typeName.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
