package com.wedsync.guardian.app.secrets;

import com.wedsync.guardian.app.config.GuardianConfig;
import com.wedsync.guardian.app.http.Json;
import com.wedsync.guardian.secret.Secret;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, item 2: no config object prints a secret. Walks the whole graph under {@link GuardianConfig}
 * reflectively (record components and, below them, every field of the guardian's own types), so a field
 * added later is walked too: each object's {@code toString} must hold none of the secrets set here, and a
 * record component named like a credential must be a {@link Secret}.
 */
class ConfigNeverPrintsSecretsTest {

    private static final Pattern CREDENTIAL_NAME = Pattern.compile("(?i).*(password|token|secret|apikey|credential).*");

    @Test
    void noObjectOfTheConfigGraphPrintsASecret() {
        GuardianConfig config = SecretsEverywhere.config("config-secrets");
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        List<String> leaks = new ArrayList<>();

        walk(config, "config", seen, leaks);

        assertThat(seen).as("the walk reached the channel configs").hasSizeGreaterThan(40);
        assertThat(leaks).isEmpty();
    }

    @Test
    void aSecretWritesItsMaskAsJson() {
        GuardianConfig config = SecretsEverywhere.config("config-secrets-json");

        assertThat(Json.write(List.of(config.http(), config.store(), config.databases(), config.pools())))
                .contains("\"adminToken\" : \"***\"", "\"readToken\" : \"***\"", "\"password\" : \"***\"")
                .doesNotContain(SecretsEverywhere.ENVIRONMENT.get("ADMIN_TOKEN"), "lit-read-t0ken-PPP",
                        SecretsEverywhere.ENVIRONMENT.get("STORE_PASSWORD"), SecretsEverywhere.ENVIRONMENT.get("DB_PASSWORD"),
                        "lit-jmx-pw-GGG");
    }

    @Test
    void everyRecordComponentNamedLikeACredentialIsASecret() {
        GuardianConfig config = SecretsEverywhere.config("config-secrets");
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        walk(config, "config", seen, new ArrayList<>());
        List<String> plain = new ArrayList<>();
        for (Object o : seen.keySet()) {
            if (o.getClass().isRecord()) {
                for (RecordComponent c : o.getClass().getRecordComponents()) {
                    if (CREDENTIAL_NAME.matcher(c.getName()).matches()
                            && !c.getGenericType().getTypeName().contains(Secret.class.getName())) {
                        plain.add(o.getClass().getSimpleName() + "." + c.getName() + ": " + c.getGenericType());
                    }
                }
            }
        }
        assertThat(plain).isEmpty();
    }

    private static void walk(Object o, String path, Map<Object, Boolean> seen, List<String> leaks) {
        if (o == null || seen.put(o, Boolean.TRUE) != null) {
            return;
        }
        if (o instanceof Optional<?> opt) {
            opt.ifPresent(v -> walk(v, path, seen, leaks));
        } else if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object v : c) {
                walk(v, path + "[" + i++ + "]", seen, leaks);
            }
        } else if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> walk(v, path + "." + k, seen, leaks));
        } else if (o.getClass().getName().startsWith("com.wedsync.guardian")) {
            String printed = String.valueOf(o);
            for (String secret : SecretsEverywhere.secrets()) {
                if (printed.contains(secret)) {
                    leaks.add(path + " (" + o.getClass().getSimpleName() + ") prints " + secret);
                }
            }
            for (Field f : fields(o.getClass())) {
                walk(read(f, o), path + "." + f.getName(), seen, leaks);
            }
        }
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> out = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class && !c.isEnum(); c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static Object read(Field f, Object o) {
        try {
            f.setAccessible(true);
            return f.get(o);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

}
