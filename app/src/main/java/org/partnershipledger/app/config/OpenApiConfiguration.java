package org.partnershipledger.app.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.partnershipledger.adapters.rest.openapi.HttpContractDocumentation;
import org.partnershipledger.adapters.rest.openapi.PrimitivesAlwaysPresent;
import org.partnershipledger.adapters.rest.openapi.ProblemAnswers;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import java.util.List;

/**
 * The OpenAPI document at {@code /v3/api-docs} (Swagger UI at {@code /swagger-ui.html}). Request and response bodies
 * come from the controllers' records and their javadoc; the HTTP contract of each operation from adapters-rest
 * ({@link HttpContractDocumentation}); the role it requires is added here, from {@link AuthorizationMatrix}, also as
 * {@code x-required-roles}, with the refusals of security.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    OpenAPI partnershipLedgerApi() {
        return new OpenAPI()
                .info(new Info().title("Partnership Ledger API").version("1")
                        .description("Event-sourced system of record for partnerships: task-based commands answer "
                                + "the record's new version (also as ETag; send it back as If-Match); every POST "
                                + "accepts an Idempotency-Key; every error is an RFC 9457 problem."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("The demo users of the default profile"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("Access tokens of the configured issuer")))
                .security(List.of(new SecurityRequirement().addList("basic"), new SecurityRequirement().addList("bearer")));
    }

    /** The headers, answers and refusals of the HTTP contract, documented on each operation (adapters-rest). */
    @Bean
    OperationCustomizer httpContract() {
        return new HttpContractDocumentation();
    }

    /** springdoc adds every {@code ModelConverter} bean to the ones that turn classes into schemas. */
    @Bean
    PrimitivesAlwaysPresent primitivesAlwaysPresent() {
        return new PrimitivesAlwaysPresent();
    }

    /**
     * Runs on the document springdoc has built: its schemas replace the components of the {@code OpenAPI} bean, so a
     * schema added there was dropped and every problem response referred to nothing.
     */
    @Bean
    OpenApiCustomizer rolesAndProblems() {
        return api -> {
            api.getComponents().addSchemas(ProblemAnswers.SCHEMA, ProblemAnswers.schema());
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    describeRoles(path, HttpMethod.valueOf(method.name()), operation)));
        };
    }

    /** Security answers every operation under /api/ that has a rule, and every one has (AuthorizationMatrixIT). */
    private static void describeRoles(String path, HttpMethod method, Operation operation) {
        String concrete = path.replaceAll("\\{[^}]+}", "x");
        AuthorizationMatrix.ruleFor(method, concrete).ifPresent(rule -> {
            operation.addExtension("x-required-roles", rule.roles().stream().map(Enum::name).sorted().toList());
            operation.setDescription((operation.getDescription() == null ? "" : operation.getDescription() + "\n\n")
                    + "Required role: " + rule.describeRoles() + ".");
            ProblemAnswers.add(operation, "401", "not signed in, or the credentials or token are not valid");
            ProblemAnswers.add(operation, "403", "the caller's role does not allow this"
                    + (HttpMethod.POST.equals(method) && path.startsWith("/api/partnerships/")
                    ? ", or the partnership is led by an office other than the caller's" : ""));
        });
    }
}
