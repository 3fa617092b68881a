package com.wedsync.guardian.spring;

import com.wedsync.guardian.app.config.GuardianSchema;
import com.wedsync.guardian.config.Member;
import com.wedsync.guardian.config.Section;
import com.wedsync.guardian.config.Setting;
import com.wedsync.guardian.config.SpringMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code guardian.*} properties of a Spring Boot application, declared like guardian.yaml's keys: guardian.yaml's
 * sections (but {@code http}: the actuator endpoint serves the API) and the starter's own keys. Its Spring Boot
 * metadata, {@code META-INF/spring-configuration-metadata.json}, is rendered from {@link #PROPERTIES}
 * ({@code SpringMetadataFileTest} keeps the shipped file equal to it).
 */
public final class StarterSchema {

    /** Where the properties are: {@code guardian.health.window}. */
    public static final String PREFIX = "guardian";

    public static final Setting<Boolean> ENABLED = Setting.bool("enabled", true,
            "guard the application's HikariCP pools; false leaves the guardian out altogether");
    public static final Setting<List<String>> EXCLUDE = Setting.strings("exclude", List.of(),
            "bean names of the DataSources the guardian leaves alone");
    public static final Setting<String> CONFIG_LOCATION = Setting.string("configLocation", null,
            "a guardian.yaml to read instead of the guardian.* properties (not both)");
    public static final Setting<Map<String, String>> POOL_DATABASE = Setting.stringMap("poolDatabase",
            "the entry of guardian.databases a pool (by bean name) draws on; default: the one database when there is one");

    /** The starter's own keys. */
    public static final Section OWN = Section.of("", "the Spring Boot starter's own keys", ENABLED, EXCLUDE,
            CONFIG_LOCATION, POOL_DATABASE);

    /** Every {@code guardian.*} property the starter reads. */
    public static final Section PROPERTIES = Section.of("", "the WedSync Pool Guardian: guardian.yaml's settings and the"
            + " starter's own", properties());

    private StarterSchema() {
    }

    /** The Spring Boot configuration metadata of every {@code guardian.*} property, for IDE completion. */
    public static String metadata() {
        return SpringMetadata.json(PREFIX, PROPERTIES);
    }

    /** True when {@code key} (a key right under {@code guardian}, in any spelling Boot binds) is one the starter reads. */
    static boolean isTopLevel(String key) {
        return knows(PROPERTIES, key) || knows(GuardianSchema.ROOT, key);
    }

    /** True when {@code key} (in any spelling Boot binds) is one of the starter's own. */
    static boolean isOwn(String key) {
        return knows(OWN, key);
    }

    private static boolean knows(Section section, String key) {
        return section.member(key).or(() -> section.memberForKebab(key)).isPresent();
    }

    private static List<Member> properties() {
        List<Member> all = new ArrayList<>(GuardianSchema.ROOT.members());
        all.remove(GuardianSchema.HTTP);
        all.addAll(OWN.members());
        return all;
    }
}
