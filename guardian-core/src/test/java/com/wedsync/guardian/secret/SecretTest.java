package com.wedsync.guardian.secret;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretTest {

    @Test
    void printsOnlyTheMask() {
        Secret s = Secret.of("xoxb-hunter2");

        assertThat(s.toString()).isEqualTo("***");
        assertThat("token=" + s).doesNotContain("hunter2");
        assertThat(s.reveal()).isEqualTo("xoxb-hunter2");
        assertThat(s).isEqualTo(Secret.of("xoxb-hunter2")).isNotEqualTo(Secret.of("other"));
    }

    @Test
    void aCredentialUrlHidesEachPartAVendorMayEcho() {
        Secret hook = Secret.of("https://bot:pa55@hooks.slack.com/services/T000/B000/abcdefghijklmnop?sig=s1gnature");

        assertThat(hook.withUrlParts()).extracting(Secret::reveal).contains(hook.reveal(),
                "/services/T000/B000/abcdefghijklmnop", "sig=s1gnature", "bot:pa55", "pa55", "abcdefghijklmnop")
                .doesNotContain("T000", "services");
    }

    @Test
    void redactsPlainAndFormEncodedEchoes() {
        Secret number = Secret.of("+15550002222");

        assertThat(number.redact("To=%2B15550002222 and +15550002222 failed")).isEqualTo("To=*** and *** failed");
        assertThat(Secret.of("").redact("nothing")).isEqualTo("nothing");
    }
}
