package com.wedsync.guardian.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A list of mappings of one shape ({@code calendars[]}); or of several shapes chosen by one key
 * ({@code alerts.channels[]} by {@code type}), each entry then knowing the common keys and its variant's.
 *
 * @param entry         the keys every entry has
 * @param discriminator the key of {@code entry} that chooses the variant; "" for a list of one shape
 * @param variants      each value of the discriminator and the keys it adds
 * @param recursive     each entry has the keys of the section holding the list ({@code routes} of a route)
 */
public record Entries(String key, String doc, Section entry, String discriminator, Map<String, Section> variants,
                      boolean recursive) implements Member {

    public Entries {
        Objects.requireNonNull(key, "key");
        Member.checkDoc(key, doc);
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(discriminator, "discriminator");
        variants = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variants));
        if (discriminator.isEmpty() != variants.isEmpty()) {
            throw new IllegalArgumentException(key + ": a discriminator and its variants go together");
        }
        if (!discriminator.isEmpty() && !(entry.member(discriminator).orElse(null) instanceof Setting<?>)) {
            throw new IllegalArgumentException(key + ": the discriminator " + discriminator + " must be a setting of the entry");
        }
    }

    public static Entries of(String key, String doc, Section entry) {
        return new Entries(key, doc, entry, "", Map.of(), false);
    }

    /** A list whose entries have the keys of the section holding it: a tree, such as routes and their routes. */
    public static Entries recursive(String key, String doc) {
        return new Entries(key, doc, Section.of("", doc), "", Map.of(), true);
    }

    public static Entries byKey(String key, String doc, Section common, String discriminator, Map<String, Section> variants) {
        return new Entries(key, doc, common, discriminator, variants, false);
    }

    /** The keys an entry whose discriminator is {@code variant} knows. */
    public Section shape(String variant) {
        Section own = variants.get(variant);
        return own == null ? entry : entry.with(own.members());
    }
}
