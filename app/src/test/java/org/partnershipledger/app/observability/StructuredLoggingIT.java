package org.partnershipledger.app.observability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnershipledger.app.PartnershipLedgerApplication;
import org.partnershipledger.app.support.ApiClient;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One property turns the console into JSON lines (Spring Boot's structured logging, documented in the README): a
 * log shipper reads every line as an object, with the request and correlation ids of ADR 023 as fields.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLoggingIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void with_the_structured_format_every_console_line_is_a_json_object_carrying_the_request_id(CapturedOutput output)
            throws Exception {
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(PartnershipLedgerApplication.class)
                .profiles("default").run("--server.port=0", "--logging.structured.format.console=ecs",
                        "--spring.datasource.url=jdbc:h2:mem:structured-logging;DB_CLOSE_DELAY=-1")) {
            int port = ((WebServerApplicationContext) service).getWebServer().getPort();
            // Logged while the request is handled: "Rebuild of partner-registry requested by admin".
            assertThat(new ApiClient(port).post("admin", "/api/admin/projections/partner-registry/replay", "")
                    .status()).isEqualTo(202);
        } finally {
            restoreTheApplicationsLogging();
        }

        LoggerFactory.getLogger(StructuredLoggingIT.class).info("logged once the test is over");
        assertThat(output.getOut().lines().filter(line -> line.contains("logged once the test is over")))
                .as("the application's own format again").singleElement().matches(line -> !line.startsWith("{"));
        List<String> lines = output.getOut().lines().filter(line -> !line.isBlank())
                .takeWhile(line -> !line.contains("logged once the test is over")).toList();
        assertThat(lines).hasSizeGreaterThan(5);
        for (String line : lines) {
            JsonNode entry = JSON.readTree(line);
            assertThat(entry.isObject()).as(line).isTrue();
            assertThat(entry.path("@timestamp").asText()).as(line).isNotBlank();
            assertThat(entry.path("log").path("level").asText(entry.path("log.level").asText())).as(line)
                    .isNotBlank();
        }
        assertThat(lines).as("a line logged while a request was handled names it")
                .anyMatch(line -> line.contains("requested by admin") && line.contains("\"requestId\""));
    }

    /**
     * The logging system is one per JVM, and Spring Boot hands the format on as a system property, which a later start
     * keeps: every test after this one would log JSON. Both get the application's own configuration back.
     */
    private static void restoreTheApplicationsLogging() throws IOException {
        System.clearProperty(LoggingSystemProperty.CONSOLE_STRUCTURED_FORMAT.getEnvironmentVariableName());
        StandardEnvironment application = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                .forEach(application.getPropertySources()::addLast);
        LoggingSystem logging = LoggingSystem.get(StructuredLoggingIT.class.getClassLoader());
        logging.cleanUp();
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(application), null, null);
    }
}
