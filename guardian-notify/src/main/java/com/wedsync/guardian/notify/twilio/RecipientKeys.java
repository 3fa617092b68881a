package com.wedsync.guardian.notify.twilio;

import com.wedsync.guardian.secret.Secret;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The key the outbox keeps for each recipient an attempt reached, so a retry texts only the others. Not the
 * number (a secret) nor its position (recipients may be reordered between attempts), but an HMAC-SHA256 of the
 * number keyed with the account's auth token: stable across restarts, and without the token no list of
 * possible numbers can be hashed to find it.
 */
final class RecipientKeys {

    private static final int HEX_CHARS = 16;

    private RecipientKeys() {
    }

    static List<String> of(Secret authToken, List<Secret> numbers) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(authToken.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            List<String> keys = new ArrayList<>(numbers.size());
            for (Secret n : numbers) {
                byte[] digest = mac.doFinal(n.reveal().getBytes(StandardCharsets.UTF_8));
                keys.add(HexFormat.of().formatHex(digest).substring(0, HEX_CHARS));
            }
            return List.copyOf(keys);
        } catch (GeneralSecurityException e) {
            // HmacSHA256 is in every Java runtime; without it no key could be made
            throw new IllegalStateException("HmacSHA256 is not available (" + e.getClass().getSimpleName() + ")");
        }
    }
}
