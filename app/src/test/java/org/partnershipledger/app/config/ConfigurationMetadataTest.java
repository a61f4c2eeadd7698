package org.partnershipledger.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code ledger.*} property has configuration metadata (generated from the properties records, which the
 * start-up check binds and whose descriptions a refused start repeats) with a description, and the README's
 * configuration tables name exactly those properties: a new setting is documented where operators look.
 */
class ConfigurationMetadataTest {

    private static final Pattern TABLE_ROW = Pattern.compile("^\\| ([^|]*)\\|", Pattern.MULTILINE);
    private static final Pattern PROPERTY = Pattern.compile("`(ledger\\.[a-z0-9.-]+)`");

    @Test
    void every_ledger_property_is_described_in_the_metadata_and_in_the_readme_and_nothing_else_is() throws IOException {
        Map<String, String> described = metadata();
        TreeSet<String> documented = readmeTables();

        assertThat(described).as("ledger.* properties in the configuration metadata").hasSizeGreaterThan(20);
        assertThat(described).allSatisfy((name, description) ->
                assertThat(description).as(name + "'s description").isNotBlank());
        assertThat(documented).as("in the README's tables, not in the metadata")
                .isSubsetOf(described.keySet());
        assertThat(described.keySet()).as("in the metadata, not in the README's tables").isSubsetOf(documented);
    }

    private static Map<String, String> metadata() throws IOException {
        Map<String, String> described = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        for (URL file : Collections.list(ConfigurationMetadataTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = file.openStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    String name = property.path("name").asText();
                    if (name.startsWith("ledger.")) {
                        described.put(name, property.path("description").asText(""));
                    }
                }
            }
        }
        return described;
    }

    private static TreeSet<String> readmeTables() throws IOException {
        Path readme = Files.exists(Path.of("..", "README.md")) ? Path.of("..", "README.md") : Path.of("README.md");
        TreeSet<String> documented = new TreeSet<>();
        Matcher row = TABLE_ROW.matcher(Files.readString(readme));
        while (row.find()) {
            Matcher property = PROPERTY.matcher(row.group(1));
            while (property.find()) {
                documented.add(property.group(1));
            }
        }
        return documented;
    }
}
