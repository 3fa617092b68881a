package com.wedsync.guardian.config;

import java.util.Objects;

/** A mapping of names the user chooses to sections of one shape: {@code scaling.pools.<name>}. */
public record Named(String key, String doc, Section element) implements Member {

    public Named {
        Objects.requireNonNull(key, "key");
        Member.checkDoc(key, doc);
        Objects.requireNonNull(element, "element");
    }
}
