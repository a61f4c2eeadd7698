package org.partnershipledger.apiclienttests;

import org.partnershipledger.testsupport.process.ServiceProcess;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Saves the OpenAPI document that the packaged service serves at {@code /v3/api-docs} to the file given as the only
 * argument. The build runs it after this module's compile and before the client is generated from that file
 * (pom.xml), so that the client is generated from what the service serves in this build, never from a copy that could
 * drift from it.
 */
public final class FetchServedDocument {

    private FetchServedDocument() {
    }

    public static void main(String[] arguments) throws IOException, InterruptedException {
        if (arguments.length != 1) {
            throw new IllegalArgumentException("usage: FetchServedDocument <file to save the document to>");
        }
        Path document = Path.of(arguments[0]);
        // Killed when done: the document is read, and an in-memory database has nothing to shut down cleanly.
        try (ServiceProcess service = PackagedService.launcher("openapi-document").start()) {
            HttpResponse<String> served = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(service.baseUri().resolve("/v3/api-docs")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (served.statusCode() != 200) {
                throw new IllegalStateException("/v3/api-docs answered " + served.statusCode() + ": " + served.body());
            }
            Files.createDirectories(document.toAbsolutePath().getParent());
            Files.writeString(document, served.body());
        }
    }
}
