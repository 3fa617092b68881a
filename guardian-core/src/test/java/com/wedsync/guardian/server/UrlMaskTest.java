package com.wedsync.guardian.server;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UrlMaskTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:postgresql://h/db?user=u&password=secret                 | jdbc:postgresql://h/db?user=u&password=***
            jdbc:postgresql://h/db?password=secret&user=u                 | jdbc:postgresql://h/db?password=***&user=u
            jdbc:postgresql://u:secret@h:5432/db                          | jdbc:postgresql://u:***@h:5432/db
            jdbc:postgresql://u:p@ss@h/db                                 | jdbc:postgresql://u:***@h/db
            jdbc:h2:mem:test;USER=sa;PASSWORD=secret                      | jdbc:h2:mem:test;USER=sa;PASSWORD=***
            jdbc:sqlserver://h:1433;user=sa;password={se;cret};encrypt=true | jdbc:sqlserver://h:1433;user=sa;password=***;encrypt=true
            jdbc:mysql://(host=h,port=3306,user=u,password=secret)/db     | jdbc:mysql://(host=h,port=3306,user=u,password=***)/db
            jdbc:oracle:thin:scott/tiger@//h:1521/svc                     | jdbc:oracle:thin:scott/***@//h:1521/svc
            service:jmx:rmi:///jndi/rmi://admin:secret@h:9010/jmxrmi      | service:jmx:rmi:///jndi/rmi://admin:***@h:9010/jmxrmi
            jdbc:postgresql://h/db?sslpassword=k3y&ssl=true               | jdbc:postgresql://h/db?sslpassword=***&ssl=true
            https://hooks.example/x?token=abc123                          | https://hooks.example/x?token=***
            """)
    void masksThePasswordAndKeepsTheRest(String url, String masked) {
        assertThat(UrlMask.mask(url)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:postgresql://h:5432/db?user=u
            jdbc:postgresql://h:5432/db?user=a@b.example
            service:jmx:rmi:///jndi/rmi://h:9010/jmxrmi
            jdbc:h2:mem:test;DB_CLOSE_DELAY=-1
            jdbc:postgresql://u@h/db
            """)
    void leavesUrlsWithoutSecretsAlone(String url) {
        assertThat(UrlMask.mask(url)).isEqualTo(url);
    }

    @Test
    void masksSecretsQuotedInFreeText() {
        String message = "Cannot connect to jdbc:postgresql://u:hunter2@db/x (password: hunter2, token=\"abc def\")";

        assertThat(UrlMask.mask(message))
                .isEqualTo("Cannot connect to jdbc:postgresql://u:***@db/x (password: ***, token=***)")
                .doesNotContain("hunter2");
    }

    @Test
    void anEmptyPasswordStaysVisiblyEmpty() {
        assertThat(UrlMask.mask("jdbc:mariadb://127.0.0.1:3306/test?user=root&password="))
                .isEqualTo("jdbc:mariadb://127.0.0.1:3306/test?user=root&password=");
        assertThat(UrlMask.mask(null)).isNull();
    }

    @Test
    void scrubMasksKnownSecretsWhereverTheyAppear() {
        String message = "JMX login refused for monitor with s3cr3t-value at h:9010";

        assertThat(UrlMask.scrub(message, "s3cr3t-value", null, ""))
                .isEqualTo("JMX login refused for monitor with *** at h:9010");
    }
}
