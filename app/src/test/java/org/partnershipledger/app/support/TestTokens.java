package org.partnershipledger.app.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * A token issuer for tests: a key pair of its own, its public key as a PEM file, and signed access tokens naming
 * {@link #ISSUER} and the audience {@link #AUDIENCE} unless the claims given say otherwise.
 */
public final class TestTokens {

    /** The {@code iss} of every token, unless the claims name another. */
    public static final String ISSUER = "https://login.example.org/realms/agency";
    /** The {@code aud} of every token, unless the claims name another. */
    public static final String AUDIENCE = "partnership-ledger";

    private final KeyPair keys = rsaKeyPair();

    /** {@code file:} location of the public key, for {@code spring.security.oauth2.resourceserver.jwt.public-key-location}. */
    public String publicKeyLocation() {
        try {
            Path file = Files.createTempFile("issuer-public-key", ".pem");
            file.toFile().deleteOnExit();
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            return "file:" + file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A token signed with this issuer's key; a claim given replaces the default of the same name. */
    public String token(Map<String, Object> claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claimsSet(claims));
        try {
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** The same claims with no signature at all: the header is {@code {"alg":"none"}} (RFC 7519 section 6). */
    public String unsigned(Map<String, Object> claims) {
        return new PlainJWT(claimsSet(claims)).serialize();
    }

    private static JWTClaimsSet claimsSet(Map<String, Object> claims) {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .issueTime(Date.from(Instant.now()))
                .expirationTime(Date.from(Instant.now().plusSeconds(300)));
        claims.forEach(set::claim);
        return set.build();
    }

    /** An access token of a partnership officer of the given office. */
    public String officer(String user, String office) {
        return token(Map.of("sub", user, "office", office, "roles", List.of("PARTNERSHIP_OFFICER")));
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
