package com.wedsync.guardian.config;

/** What a section holds under a key: a setting, a nested section, a list of entries, or named sections. */
public sealed interface Member permits Setting, Section, Entries, Named {

    String key();

    /** One line saying what it is for. */
    String doc();

    /** {@code doc} must be one line of words: the reference renders it in a table cell. */
    static void checkDoc(String key, String doc) {
        if (doc == null || doc.isBlank() || doc.contains("\n") || doc.length() > 300) {
            throw new IllegalArgumentException("doc of " + key + " must be one line of at most 300 characters, but was '"
                    + doc + "'");
        }
    }
}
