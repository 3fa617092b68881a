package com.wedsync.guardian.freeze;

import com.wedsync.guardian.config.SchemaAssertions;
import com.wedsync.guardian.config.Section;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 13, item 1: {@code freeze:} declared once; the policy's builder checks the declared lookahead. */
class FreezeSchemaTest {

    @Test
    void everySettingHasItsDocAndADefaultWithinItsBounds() {
        SchemaAssertions.assertWellDeclared(Section.of("freeze", "the freeze", FreezeSchema.MEMBERS));
    }

    @Test
    void theBuilderChecksTheDeclaredRange() {
        assertThatThrownBy(() -> FreezePolicy.builder().lookahead(Duration.ofDays(90)))
                .hasMessage("lookahead must be between 1d and 60d, but was 90d");
        assertThat(FreezePolicy.defaults().lookahead()).isEqualTo(FreezeSchema.LOOKAHEAD.defaultValue());
    }
}
