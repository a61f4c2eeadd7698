package org.partnershipledger.app.screening;

import org.partnershipledger.adapters.screening.UnConsolidatedListScreeningAdapter;
import org.partnershipledger.app.settings.SettingConstraints;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sanctions screening ({@code ledger.screening.*}). Only the default profile ({@code application-default.yml}) sets
 * the list, to the bundled sample of fictitious entries; every other profile must name the real one.
 *
 * @param unList    the list partners are screened against
 * @param threshold the score (above 0, at most 1) from which a listed name counts as a match
 */
@ConfigurationProperties(ScreeningProperties.PREFIX)
public record ScreeningProperties(@DefaultValue UnList unList,
                                  @DefaultValue("" + UnConsolidatedListScreeningAdapter.DEFAULT_THRESHOLD)
                                  double threshold) {

    static final String PREFIX = "ledger.screening";

    public ScreeningProperties {
        SettingConstraints.under(PREFIX)
                .required("un-list.location", unList.location(), "/var/lib/partnership-ledger/un-consolidated.xml")
                .aboveAndAtMost("threshold", threshold, 0, 1)
                .enforce();
    }

    /**
     * @param location the UN Security Council Consolidated List: a file path, a file: or https: URL, or a classpath:
     *                 resource. Required outside the default profile, which uses the bundled fictitious sample
     */
    public record UnList(String location) {
    }
}
