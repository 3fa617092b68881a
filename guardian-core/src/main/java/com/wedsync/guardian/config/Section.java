package com.wedsync.guardian.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A mapping in config: the settings, nested sections, lists of entries and named sections it may hold. Its
 * members' keys are the only keys it knows: any other is reported as unknown, with the known ones.
 *
 * @param key       its key in the parent ("" for the root, or for an entry of a list)
 * @param shorthand the setting a single value stands for ({@code store: jdbc:...} for {@code store: {url: ...}});
 *                  "" for none
 */
public record Section(String key, String doc, List<Member> members, String shorthand) implements Member {

    private static final Pattern KEY = Pattern.compile("|[a-z][A-Za-z0-9]{0,63}");

    public Section {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("key must be camelCase letters and digits, but was '" + key + "'");
        }
        Member.checkDoc(key.isEmpty() ? "(root)" : key, doc);
        members = List.copyOf(members);
        Set<String> keys = new HashSet<>();
        for (Member m : members) {
            if (!keys.add(m.key().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("section " + key + " declares " + m.key()
                        + " twice (keys that differ only in case are one key to Spring Boot)");
            }
        }
        Objects.requireNonNull(shorthand, "shorthand");
        if (!shorthand.isEmpty() && members.stream().noneMatch(m -> m instanceof Setting<?> && m.key().equals(shorthand))) {
            throw new IllegalArgumentException("shorthand of " + key + " must name one of its settings, but was " + shorthand);
        }
    }

    public static Section of(String key, String doc, Member... members) {
        return new Section(key, doc, List.of(members), "");
    }

    public static Section of(String key, String doc, List<? extends Member> members) {
        return new Section(key, doc, new ArrayList<>(members), "");
    }

    /** The same section, a single value standing for {@code setting}. */
    public Section withShorthand(Setting<?> setting) {
        return new Section(key, doc, members, setting.key());
    }

    /** The same section with more members (an entry's common keys and its type's own). */
    public Section with(List<? extends Member> more) {
        List<Member> all = new ArrayList<>(members);
        all.addAll(more);
        return new Section(key, doc, all, shorthand);
    }

    public Optional<Member> member(String memberKey) {
        return members.stream().filter(m -> m.key().equals(memberKey)).findFirst();
    }

    /**
     * The member a Spring-style key names: {@code wait-p99-degraded} for {@code waitP99Degraded}; or the form Spring
     * Boot makes of an environment variable, lower case without dashes ({@code GUARDIAN_HEALTH_WAITP99DEGRADED} is
     * {@code guardian.health.waitp99degraded}).
     */
    public Optional<Member> memberForKebab(String kebabKey) {
        return members.stream().filter(m -> Keys.kebab(m.key()).equals(kebabKey)
                || m.key().toLowerCase(Locale.ROOT).equals(kebabKey)).findFirst();
    }

    /** The camelCase key of the member a Spring-style key names, for a binder that feeds the reader a tree. */
    public Optional<String> keyForKebab(String kebabKey) {
        return memberForKebab(kebabKey).map(Member::key);
    }

    public Set<String> keys() {
        Set<String> out = new LinkedHashSet<>();
        members.forEach(m -> out.add(m.key()));
        return out;
    }
}
