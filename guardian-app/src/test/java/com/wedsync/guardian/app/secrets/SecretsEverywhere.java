package com.wedsync.guardian.app.secrets;

import com.wedsync.guardian.app.config.ConfigLoader;
import com.wedsync.guardian.app.config.GuardianConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A config that sets every credential the guardian knows, half from environment variables and half as
 * literals, each a distinct text a test can search for in whatever the guardian prints.
 */
final class SecretsEverywhere {

    static final Map<String, String> ENVIRONMENT = Map.of(
            "ADMIN_TOKEN", "env-admin-t0ken-AAA",
            "STORE_PASSWORD", "env-store-pw-BBB",
            "DB_PASSWORD", "env-db-pw-CCC",
            "SLACK_URL", "https://hooks.slack.example/services/T0001/B0001/envslacksecretDDD",
            "PD_KEY", "0123456789abcdef0123456789abcEEE",
            "OTLP_TOKEN", "env-otlp-t0ken-FFF");

    static final List<String> LITERALS = List.of("lit-jmx-pw-GGG", "lit-url-pw-HHH", "AC0123456789abcdef0123456789abc111",
            "lit-twilio-token-III", "+15550001234", "+15550005678", "re_lit_key_JJJ", "litwebhookpathtokenKKK",
            "lit-bearer-LLL", "lit-am-pw-MMM", "lit-calendar-pw-NNN", "privatecalendarkeyOOO", "lit-read-t0ken-PPP");

    private static final String YAML = """
            http: {port: 0, adminToken: "${ADMIN_TOKEN}", readToken: lit-read-t0ken-PPP}
            store: {url: "jdbc:h2:mem:%s;DB_CLOSE_DELAY=-1", user: sa, password: "${STORE_PASSWORD}"}
            databases:
              - {name: main, url: "jdbc:postgresql://127.0.0.1:5432/test", user: postgres, password: "${DB_PASSWORD}"}
              - {name: other, url: "jdbc:postgresql://postgres:lit-url-pw-HHH@127.0.0.1:1/test?password=lit-url-pw-HHH"}
            pools:
              - {name: orders, jmx: "service:jmx:rmi:///jndi/rmi://127.0.0.1:1/jmxrmi", poolName: p, user: monitor,
                 password: lit-jmx-pw-GGG, database: main}
            calendars:
              - {name: feed, type: ics, url: "https://calendar.example/ical/privatecalendarkeyOOO/basic.ics"}
              - {name: db, type: jdbc, url: "jdbc:postgresql://127.0.0.1:5432/test", query: "select 1", user: postgres,
                 password: lit-calendar-pw-NNN}
            metrics:
              otlp: {enabled: true, url: "http://127.0.0.1:1/v1/metrics", headers: {Authorization: "Bearer ${OTLP_TOKEN}"}}
            alerts:
              channels:
                - {name: ops-slack, type: slack, webhookUrl: "${SLACK_URL}"}
                - {name: oncall, type: pagerduty, routingKey: "${PD_KEY}"}
                - {name: exec-sms, type: twilio, accountSid: AC0123456789abcdef0123456789abc111,
                   authToken: lit-twilio-token-III, from: "+15550001234", to: ["+15550005678"]}
                - {name: mail, type: resend, apiKey: re_lit_key_JJJ, from: guardian@wedsync.example, to: [ops@wedsync.example]}
                - {name: hook, type: webhook, url: "https://hooks.example/in/litwebhookpathtokenKKK", bearerToken: lit-bearer-LLL}
                - {name: am, type: alertmanager, url: "http://guardian:lit-am-pw-MMM@127.0.0.1:1/api/v2/alerts"}
            """;

    private SecretsEverywhere() {
    }

    /** The config, its store an in-memory H2 database of this name. */
    static GuardianConfig config(String storeName) {
        return new ConfigLoader(ENVIRONMENT::get).parse(YAML.formatted(storeName), "guardian.yaml");
    }

    /** Every secret text the config holds. */
    static List<String> secrets() {
        List<String> all = new ArrayList<>(ENVIRONMENT.values());
        all.addAll(LITERALS);
        return all;
    }

}
