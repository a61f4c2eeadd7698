package org.partnershipledger.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/**
 * The benchmark's own token issuer: the service under test trusts its public key, as it would trust an
 * organisation's identity provider. Bearer tokens rather than the demo users' passwords because the benchmark
 * measures the ledger, not BCrypt, and production runs with tokens.
 */
final class AccessTokens {

    /** Whom the tokens name as their issuer and audience: a production start requires both (ADR 030). */
    static final String ISSUER = "https://benchmark.partnership-ledger.invalid";
    static final String AUDIENCE = "partnership-ledger";

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair keys;

    AccessTokens() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the public key as PEM and answers its {@code file:} location. */
    String writePublicKey(Path directory) {
        try {
            Path file = directory.resolve("issuer-public-key.pem");
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(keys.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            return "file:" + file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A token valid for a day, for a user of an office in the given roles. */
    String token(String user, String office, String... roles) {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        long now = Instant.now().getEpochSecond();
        String claims = ("{\"iss\":\"%s\",\"aud\":\"%s\",\"sub\":\"%s\",\"office\":\"%s\",\"roles\":[%s],"
                + "\"iat\":%d,\"exp\":%d}").formatted(ISSUER, AUDIENCE, user, office,
                String.join(",", java.util.Arrays.stream(roles).map(r -> '"' + r + '"').toList()), now, now + 86_400);
        String signingInput = encode(header) + "." + encode(claims);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.getPrivate());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String json) {
        return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
