package org.partnershipledger.apiclienttests;

import org.partnershipledger.apiclient.ApiClient;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The demo users of the default profile (README), each signed in to a generated client of its own. */
final class DemoUsers {

    static final String OFFICER = "officer";
    static final String VETTER = "vetter";
    /** Has the authority a LIGHT vetting needs (V5), and prepares none, so may decide (V6). */
    static final String COUNTRY_APPROVER = "approver-country";
    static final String AUDITOR = "auditor";

    private static final String PASSWORD = "demo";

    private DemoUsers() {
    }

    /**
     * A client of the service that signs every request in as {@code user} with HTTP Basic: the native library leaves
     * authentication to a request interceptor.
     */
    static ApiClient signedIn(String user, URI service) {
        String credentials = Base64.getEncoder()
                .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        ApiClient client = new ApiClient();
        client.updateBaseUri(service.toString());
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
        return client;
    }
}
