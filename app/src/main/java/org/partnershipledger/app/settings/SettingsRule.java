package org.partnershipledger.app.settings;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.Environment;

import java.util.List;

/** One kind of setting the service cannot start without, or cannot start with. */
interface SettingsRule {

    /**
     * @param environment every setting, as the beans will see them
     * @param beans       the beans the context is about to create: definitions only, none of them created yet
     * @return every problem this rule finds, none when the settings will do
     */
    List<SettingProblem> problems(Environment environment, ConfigurableListableBeanFactory beans);
}
