package com.wedsync.guardian.config;

/** Spring Boot's spelling of a key: {@code waitP99Degraded} is {@code wait-p99-degraded}. */
public final class Keys {

    private Keys() {
    }

    public static String kebab(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    out.append('-');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
