package com.wedsync.guardian.alert.evaluate;

/**
 * Stable identities for alerts and groups: the same inputs give the same id in every JVM and every run,
 * so a restarted guardian (or another instance of the fleet) names an alert the same way.
 */
public final class Fingerprint {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Fingerprint() {
    }

    /** The alert id for one condition on one pool, seen by one guardian instance. */
    public static String of(String pool, String condition, String instance) {
        return hash(pool, condition, instance);
    }

    /** A 64-bit FNV-1a hash of the parts (separated, so ("ab","c") differs from ("a","bc")), as 16 hex digits. */
    public static String hash(String... parts) {
        long h = FNV_OFFSET;
        for (String part : parts) {
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                h = (h ^ (c & 0xff)) * FNV_PRIME;
                h = (h ^ (c >>> 8)) * FNV_PRIME;
            }
            h = (h ^ 0x1f) * FNV_PRIME;
        }
        String hex = Long.toHexString(h);
        return hex.length() == 16 ? hex : "0".repeat(16 - hex.length()) + hex;
    }
}
