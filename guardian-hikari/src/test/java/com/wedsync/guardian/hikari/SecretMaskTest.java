package com.wedsync.guardian.hikari;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** No password survives into a cause, a log line or an exception message. */
class SecretMaskTest {

    @Test
    void masksPasswordParametersUserInfoAndGivenLiterals() {
        assertThat(SecretMask.mask("jdbc:postgresql://db:5432/app?user=app&password=p4ss-w0rd&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/app?user=app&password=****&ssl=true");
        assertThat(SecretMask.mask("service:jmx:rmi:///jndi/rmi://admin:s3cr3t@host:9010/jmxrmi"))
                .isEqualTo("service:jmx:rmi:///jndi/rmi://admin:****@host:9010/jmxrmi");
        assertThat(SecretMask.mask("login failed for admin/Hunter2-secret", "Hunter2-secret"))
                .isEqualTo("login failed for admin/****");
        assertThat(SecretMask.mask("jdbc:sqlserver://h;user=sa;Password=x-y-z;db=a")).doesNotContain("x-y-z");
        assertThat(SecretMask.mask("Connection refused", "pg")).as("short literals are not masked").isEqualTo("Connection refused");
        assertThat(SecretMask.mask(null)).isEmpty();
    }

    @Test
    void scrubbedCopyKeepsTheTraceButNotTheSecret() {
        Exception original = new IllegalStateException("bad url jdbc:x://h/db?password=t0p-s3cret",
                new RuntimeException("nested s3cr3t-literal"));
        Exception copy = SecretMask.scrub(original, "s3cr3t-literal");
        assertThat(copy.getMessage()).contains("IllegalStateException", "password=****").doesNotContain("t0p-s3cret");
        assertThat(copy.getCause().getMessage()).doesNotContain("s3cr3t-literal");
        assertThat(copy.getStackTrace()).isEqualTo(original.getStackTrace());
    }
}
