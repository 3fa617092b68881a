package com.wedsync.guardian.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wedsync.guardian.app.config.GuardianSchema;
import com.wedsync.guardian.config.Keys;
import com.wedsync.guardian.config.Member;
import com.wedsync.guardian.config.Section;
import com.wedsync.guardian.config.Setting;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * IDE completion of {@code guardian.*} (issue 14, Deliver 3): the starter ships Spring Boot's
 * {@code META-INF/spring-configuration-metadata.json}, rendered from the schema ({@link StarterSchema#metadata()}).
 * Run with {@code -Dguardian.updateMetadata=true} to write the rendered file.
 */
class SpringMetadataFileTest {

    private static final String RESOURCE = "META-INF/spring-configuration-metadata.json";
    private static final Path FILE = Path.of("src/main/resources").resolve(RESOURCE);
    private static final String FIX = "./mvnw -q -o -pl guardian-spring-boot-autoconfigure -am test"
            + " -Dtest=SpringMetadataFileTest -Dsurefire.failIfNoSpecifiedTests=false -Dguardian.updateMetadata=true";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, JsonNode> properties = new LinkedHashMap<>();
    private final List<String> groups = new ArrayList<>();

    /** The file as the starter's jar carries it (the drift test below compares it with the schema). */
    private void readTheShippedFile() throws IOException {
        try (InputStream in = SpringMetadataFileTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            assertThat(in).as("%s is on the starter's class path", RESOURCE).isNotNull();
            JsonNode root = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            root.get("properties").forEach(p -> properties.put(p.get("name").asText(), p));
            root.get("groups").forEach(g -> groups.add(g.get("name").asText()));
        }
    }

    @Test
    void theShippedFileIsTheOneTheSchemaRenders() throws IOException {
        String rendered = StarterSchema.metadata();
        String shipped = Files.exists(FILE) ? Files.readString(FILE) : "";
        if (!shipped.equals(rendered) && Boolean.getBoolean("guardian.updateMetadata")) {
            Files.writeString(FILE, rendered);
            shipped = rendered;
        }
        assertThat(shipped).as("%s differs from what the schema renders; to render it again run%n  %s", FILE, FIX)
                .isEqualTo(rendered);
    }

    @Test
    void aKeyOfEachSectionHasItsTypeDefaultAndDescription() throws IOException {
        readTheShippedFile();
        assertProperty("guardian.enabled", "java.lang.Boolean", "true");
        assertProperty("guardian.exclude", "java.util.List<java.lang.String>", null);
        assertProperty("guardian.config-location", "java.lang.String", null);
        assertProperty("guardian.pool-database", "java.util.Map<java.lang.String,java.lang.String>", null);
        assertProperty("guardian.tick", "java.time.Duration", "1s");
        assertProperty("guardian.store.url", "java.lang.String", "jdbc:h2:file:./data/guardian");
        assertProperty("guardian.databases", "java.util.List<java.util.Map<java.lang.String,java.lang.Object>>", null);
        assertProperty("guardian.health.saturation-critical", "java.lang.Double", "0.95");
        assertProperty("guardian.health.wait-p99-degraded", "java.time.Duration", "100ms");
        assertProperty("guardian.calendars", "java.util.List<java.util.Map<java.lang.String,java.lang.Object>>", null);
        assertProperty("guardian.weddings.home-zones", "java.util.List<java.time.ZoneId>", null);
        assertProperty("guardian.alerts.channels", "java.util.List<java.util.Map<java.lang.String,java.lang.Object>>", null);
        assertProperty("guardian.scaling.mode", "java.lang.String", "recommend");
        assertProperty("guardian.fleet.enabled", "java.lang.Boolean", "false");
        assertProperty("guardian.operator.max-override", "java.time.Duration", "1d");
        assertProperty("guardian.metrics.statsd.port", "java.lang.Integer", "8125");
        assertThat(properties.get("guardian.alerts.channels").get("description").asText())
                .contains("with type slack: webhook-url");
        assertThat(groups).contains("guardian", "guardian.health", "guardian.scaling", "guardian.freeze.github");
    }

    @Test
    void everySectionOfGuardianYamlButItsHttpApiIsThere() throws IOException {
        readTheShippedFile();
        for (Member m : GuardianSchema.ROOT.members()) {
            String name = "guardian." + Keys.kebab(m.key());
            if (m == GuardianSchema.HTTP) {
                assertThat(properties.keySet()).as("the starter serves no HTTP API").noneMatch(p -> p.startsWith(name));
            } else {
                assertThat(properties.keySet()).as(name).anyMatch(p -> p.equals(name) || p.startsWith(name + "."));
            }
        }
        assertThat(properties.values()).allSatisfy(p -> {
            assertThat(p.path("type").asText()).as(p.toString()).isNotBlank();
            assertThat(p.path("description").asText()).as(p.toString()).isNotBlank();
        });
    }

    @Test
    void secretsAreTypedAsStringsAndNeverGivenADefault() throws IOException {
        readTheShippedFile();
        Map<String, Setting<?>> secrets = new LinkedHashMap<>();
        StarterSchema.PROPERTIES.members().forEach(m -> secrets(m, "guardian", secrets));

        assertThat(secrets).containsKeys("guardian.store.password", "guardian.fleet.store.password",
                "guardian.freeze.github.webhook-secret", "guardian.freeze.github.private-key");
        secrets.forEach((name, setting) -> {
            JsonNode p = properties.get(name);
            assertThat(p).as(name).isNotNull();
            assertThat(p.get("type").asText()).as(name).isEqualTo("java.lang.String");
            assertThat(p.has("defaultValue")).as("%s has no default", name).isFalse();
        });
    }

    private static void secrets(Member m, String prefix, Map<String, Setting<?>> out) {
        String name = prefix + "." + Keys.kebab(m.key());
        if (m instanceof Setting<?> s && s.type().name().startsWith("secret")) {
            out.put(name, s);
        } else if (m instanceof Section s) {
            s.members().forEach(child -> secrets(child, name, out));
        }
    }

    private void assertProperty(String name, String type, String defaultValue) {
        JsonNode p = properties.get(name);
        assertThat(p).as("%s is in the metadata", name).isNotNull();
        assertThat(p.get("type").asText()).as("%s's type", name).isEqualTo(type);
        assertThat(p.path("description").asText()).as("%s's description", name).isNotBlank();
        if (defaultValue == null) {
            assertThat(p.has("defaultValue")).as("%s has no default", name).isFalse();
        } else {
            assertThat(p.path("defaultValue").asText()).as("%s's default", name).isEqualTo(defaultValue);
        }
    }
}
