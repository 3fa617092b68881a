package com.wedsync.guardian.app.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wedsync.guardian.secret.Secret;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppJwtTest {

    static final KeyPair KEYS = generate();

    static KeyPair generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The private key as GitHub hands it out: PKCS#1, {@code BEGIN RSA PRIVATE KEY}. */
    static String pkcs1Pem() {
        byte[] pkcs8 = KEYS.getPrivate().getEncoded();
        // PrivateKeyInfo: 30 82 LL LL | 02 01 00 | AlgorithmIdentifier (15 bytes) | 04 82 LL LL | RSAPrivateKey
        byte[] pkcs1 = Arrays.copyOfRange(pkcs8, 4 + 3 + 15 + 4, pkcs8.length);
        return pem("RSA PRIVATE KEY", pkcs1);
    }

    static String pkcs8Pem() {
        return pem("PRIVATE KEY", KEYS.getPrivate().getEncoded());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    @Test
    void signsAnRs256TokenGitHubAcceptsFromAPkcs1OrPkcs8Key() throws Exception {
        Instant now = Instant.parse("2026-06-13T02:30:00Z");
        for (String pem : new String[] {pkcs1Pem(), pkcs8Pem()}) {
            String jwt = new AppJwt("123456", Secret.of(pem)).sign(now);

            String[] parts = jwt.split("\\.");
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(KEYS.getPublic());
            rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            assertThat(rs256.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
            JsonNode header = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[0]));
            JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
            assertThat(header.get("alg").asText()).isEqualTo("RS256");
            assertThat(claims.get("iss").asText()).isEqualTo("123456");
            assertThat(claims.get("iat").asLong()).isEqualTo(now.getEpochSecond() - 60);
            assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isLessThanOrEqualTo(600);
        }
    }

    @Test
    void aKeyThatIsNotAnRsaPemIsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> new AppJwt("1", Secret.of("-----BEGIN RSA PRIVATE KEY-----\nbm90IGEga2V5\n-----END RSA PRIVATE KEY-----")))
                .hasMessage("privateKey must be the GitHub App's PEM private key (RSA)");
    }

    @Test
    void theWebhookSignatureMatchesOnlyTheExactBodyAndSecret() {
        Secret secret = Secret.of("It's a Secret to Everybody");
        byte[] body = "Hello, World!".getBytes(StandardCharsets.UTF_8);

        // GitHub's documented example for this secret and body.
        assertThat(WebhookSignature.sign(secret, body))
                .isEqualTo("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17");
        assertThat(WebhookSignature.verify(secret, body, WebhookSignature.sign(secret, body))).isTrue();
        assertThat(WebhookSignature.verify(secret, "Hello, World?".getBytes(StandardCharsets.UTF_8),
                WebhookSignature.sign(secret, body))).isFalse();
        assertThat(WebhookSignature.verify(Secret.of("other"), body, WebhookSignature.sign(secret, body))).isFalse();
        assertThat(WebhookSignature.verify(secret, body, null)).isFalse();
        assertThat(WebhookSignature.verify(secret, body, "sha1=abc")).isFalse();
    }
}
