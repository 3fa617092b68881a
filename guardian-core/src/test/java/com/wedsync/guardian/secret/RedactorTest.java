package com.wedsync.guardian.secret;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedactorTest {

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
        assertThat(Redactor.mask(url)).isEqualTo(masked);
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
        assertThat(Redactor.mask(url)).isEqualTo(url);
    }

    @Test
    void masksSecretsQuotedInFreeText() {
        String message = "Cannot connect to jdbc:postgresql://u:hunter2@db/x (password: hunter2, token=\"abc def\")";

        assertThat(Redactor.mask(message))
                .isEqualTo("Cannot connect to jdbc:postgresql://u:***@db/x (password: ***, token=***)")
                .doesNotContain("hunter2");
    }

    @Test
    void anEmptyPasswordStaysVisiblyEmpty() {
        assertThat(Redactor.mask("jdbc:mariadb://127.0.0.1:3306/test?user=root&password="))
                .isEqualTo("jdbc:mariadb://127.0.0.1:3306/test?user=root&password=");
        assertThat(Redactor.mask(null)).isNull();
    }

    @Test
    void scrubMasksKnownSecretsWhereverTheyAppear() {
        String message = "JMX login refused for monitor with s3cr3t-value at h:9010";

        assertThat(Redactor.scrub(message, "s3cr3t-value", null, ""))
                .isEqualTo("JMX login refused for monitor with *** at h:9010");
    }

    // from hikari's SecretMaskTest: its "****" and "null reads as empty" gave way to the core rule ("***", null stays null)
    @Test
    void masksPasswordParametersUserInfoAndGivenLiterals() {
        assertThat(Redactor.mask("jdbc:postgresql://db:5432/app?user=app&password=p4ss-w0rd&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/app?user=app&password=***&ssl=true");
        assertThat(Redactor.scrub("login failed for admin/Hunter2-secret", "Hunter2-secret"))
                .isEqualTo("login failed for admin/***");
        assertThat(Redactor.mask("jdbc:sqlserver://h;user=sa;Password=x-y-z;db=a")).doesNotContain("x-y-z");
        assertThat(Redactor.scrub("Connection refused", "pg")).as("short literals are not masked").isEqualTo("Connection refused");
    }

    @Test
    void scrubbedCopyKeepsTheTraceButNotTheSecret() {
        Exception original = new IllegalStateException("bad url jdbc:x://h/db?password=t0p-s3cret",
                new RuntimeException("nested s3cr3t-literal"));
        Exception copy = Redactor.scrub(original, "s3cr3t-literal");
        assertThat(copy.getMessage()).contains("IllegalStateException", "password=***").doesNotContain("t0p-s3cret");
        assertThat(copy.getCause().getMessage()).doesNotContain("s3cr3t-literal");
        assertThat(copy.getStackTrace()).isEqualTo(original.getStackTrace());
    }

    @Test
    void masksAUserInfoADriverEchoesWithoutItsSlashes() {
        assertThat(Redactor.mask("The connection attempt failed. (postgres:hunter2@127.0.0.1)"))
                .isEqualTo("The connection attempt failed. (postgres:***@127.0.0.1)");
        assertThat(Redactor.mask("at 12:30 guardian@wedsync.example wrote")).isEqualTo("at 12:30 guardian@wedsync.example wrote");
    }

    @Test
    void masksBearerAndBasicCredentials() {
        assertThat(Redactor.mask("refused: Authorization: Bearer eyJhbGciOi.x-y_z= (401)"))
                .isEqualTo("refused: Authorization: Bearer *** (401)");
        assertThat(Redactor.mask("Authorization: Basic dXNlcjpodW50ZXIy")).isEqualTo("Authorization: Basic ***");
        assertThat(Redactor.mask("basic health")).isEqualTo("basic health");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            https://calendar.google.com/calendar/ical/abc%40group/private-0123456789abcdef/basic.ics | https://calendar.google.com/…/basic.ics
            https://calendar.example/feeds/0123456789abcdef0123.ics                                 | https://calendar.example/…
            https://u:pw@outlook.office365.com:8443/owa/calendar/key/reachcalendar.ics?k=1          | https://outlook.office365.com:8443/…/reachcalendar.ics
            jdbc:postgresql://admin:hunter2@db.internal:5432/app?password=hunter2                 | jdbc:postgresql://admin:***@db.internal:5432/app?password=***
            calendars/uk.ics                                                                        | calendars/uk.ics
            file:///srv/calendars/uk.ics                                                            | file:///srv/calendars/uk.ics
            """)
    void locationNamesWhereWithoutTheKey(String location, String shown) {
        assertThat(Redactor.location(location)).isEqualTo(shown);
    }
}
