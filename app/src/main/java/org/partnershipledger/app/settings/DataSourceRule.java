package org.partnershipledger.app.settings;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

import java.util.ArrayList;
import java.util.List;

/**
 * The database the events and read models are kept in must be named. Only the default profile names one by itself
 * (the demo's H2 file); without a URL Spring Boot would start on an in-memory H2 database, and everything recorded
 * would be lost at the next restart. No password is required: PostgreSQL may trust the service's host or certificate,
 * or read a password file, and the benchmark's role has none.
 */
final class DataSourceRule implements SettingsRule {

    static final String URL = "spring.datasource.url";
    /** A data source looked up in the application server is the one case where no URL is set. */
    static final String JNDI_NAME = "spring.datasource.jndi-name";

    private static final String EXAMPLE_URL = "jdbc:postgresql://db.example.org:5432/partnership_ledger";

    @Override
    public List<SettingProblem> problems(Environment environment, ConfigurableListableBeanFactory beans) {
        List<SettingProblem> problems = new ArrayList<>();
        String url = environment.getProperty(URL);
        if (StringUtils.hasText(environment.getProperty(JNDI_NAME))) {
            return problems;
        }
        if (!StringUtils.hasText(url)) {
            problems.add(new SettingProblem(URL, "is not set: only the default profile has a database of its own "
                    + "(the demo's H2 file); without one every event would be kept in memory and lost at the next "
                    + "restart", EXAMPLE_URL));
        } else if (!url.strip().startsWith("jdbc:")) {
            // The value itself is not repeated: a URL may carry a password.
            problems.add(new SettingProblem(URL, "does not start with jdbc: (PostgreSQL's own postgresql://... "
                    + "form is not a JDBC URL)", EXAMPLE_URL));
        }
        return problems;
    }
}
