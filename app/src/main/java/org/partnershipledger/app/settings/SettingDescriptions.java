package org.partnershipledger.app.settings;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What each setting is for and its default, as the configuration metadata says: the ledger's own (generated from the
 * properties records' documentation) and that of every Spring Boot module on the class path. Read only to explain a
 * refused start.
 */
final class SettingDescriptions {

    private static final String METADATA = "META-INF/spring-configuration-metadata.json";

    /** @param defaultValue as the metadata gives it, or null */
    record Description(String text, String defaultValue) {
    }

    private final Map<String, Description> byProperty;

    private SettingDescriptions(Map<String, Description> byProperty) {
        this.byProperty = byProperty;
    }

    static SettingDescriptions onClassPath(ClassLoader classLoader) {
        ObjectMapper json = JsonMapper.builder().build();
        Map<String, Description> byProperty = new HashMap<>();
        try {
            for (URL file : Collections.list(classLoader.getResources(METADATA))) {
                try (InputStream in = file.openStream()) {
                    for (JsonNode property : json.readTree(in).path("properties")) {
                        byProperty.putIfAbsent(property.path("name").asString(), new Description(
                                property.path("description").asString(""), defaultValue(property.path("defaultValue"))));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the configuration metadata", e);
        }
        return new SettingDescriptions(byProperty);
    }

    Optional<Description> of(String property) {
        return Optional.ofNullable(byProperty.get(property));
    }

    private static String defaultValue(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }
}
