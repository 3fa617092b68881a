/**
 * The configuration schema: each setting declared once ({@link com.wedsync.guardian.config.Setting}: key, type,
 * default, bounds, one line of doc), grouped in {@link com.wedsync.guardian.config.Section}s, and the one
 * {@link com.wedsync.guardian.config.ConfigReader} that reads a neutral tree (maps, lists, scalars: YAML, a JSON
 * body, a channel entry, Spring Boot properties) by those declarations, collecting every problem with its path.
 * The README's reference and Spring Boot's configuration metadata are rendered from the same declarations
 * (docs/configuration-schema.md).
 */
package com.wedsync.guardian.config;
