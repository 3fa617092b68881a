package com.wedsync.guardian.app.cli;

import com.wedsync.guardian.app.http.GuardianClient;
import com.wedsync.guardian.scaling.OverrideScope;
import com.wedsync.guardian.time.Durations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code guardian override}: asks the running service for an emergency override
 * ({@code POST /api/overrides} with {@code actor, reason, ttl, pool, action}), or with {@code --action deploy} a deploy
 * break-glass ({@code service, environment} instead of the pool). The token is never printed.
 */
@Command(name = "override", mixinStandardHelpOptions = true,
        description = "Grant an emergency scaling override, or a deploy break-glass (--action deploy), on the running"
                + " guardian (audited).")
public final class OverrideCommand implements Callable<Integer> {

    static final String TOKEN_ENV = "GUARDIAN_ADMIN_TOKEN";
    /** Where the guardian listens when {@code --url} is not given: a guardian (a demo) on another port, say. */
    static final String URL_ENV = "GUARDIAN_URL";

    @Spec
    CommandSpec spec;

    @Option(names = "--actor", required = true, description = "who asks")
    String actor;

    @Option(names = "--reason", required = true, description = "why")
    String reason;

    @Option(names = "--expires", required = true, paramLabel = "DURATION", description = "how long it lasts: 30m, 2h, PT2H")
    String expires;

    @Option(names = "--pool", description = "the pool it covers, or * for all (grow, shrink, any)")
    String pool;

    @Option(names = "--action", required = true, description = "grow, shrink or any; deploy for a deploy break-glass")
    String action;

    @Option(names = "--service", description = "with --action deploy: the service it lets through, or * for any")
    String service;

    @Option(names = "--environment", description = "with --action deploy: the environment, or * for any")
    String environment;

    @Option(names = "--url", defaultValue = "${env:" + URL_ENV + ":-http://127.0.0.1:8080}",
            description = "the guardian's address (default: $" + URL_ENV + ", else http://127.0.0.1:8080)")
    String url;

    @Option(names = "--token", description = "admin token (default: $" + TOKEN_ENV + ")")
    String token;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            body.put("actor", nonBlank("--actor", actor));
            body.put("reason", nonBlank("--reason", reason));
            // The guardian refuses a lifetime beyond its own limit (operator.maxOverride); this only keeps garbage out.
            Duration ttl = ScalingArgs.duration("--expires", expires, Duration.ofSeconds(1), Durations.LIMIT);
            body.put("ttl", ttl.toString());
            OverrideScope scope = OverrideScope.parse(action);
            body.put("action", scope.label());
            if (scope == OverrideScope.DEPLOY) {
                body.put("service", nonBlank("--service", service));
                body.put("environment", nonBlank("--environment", environment));
            } else {
                body.put("pool", nonBlank("--pool", pool));
            }
        } catch (IllegalArgumentException e) {
            err.println("override: " + e.getMessage().replace("action must", "--action must"));
            return GuardianCommand.EXIT_BAD_INPUT;
        }
        GuardianClient api;
        try {
            api = new GuardianClient(url, token != null ? token : System.getenv(TOKEN_ENV));
        } catch (IllegalArgumentException e) {
            err.println("override: --url is not a valid URL");
            return GuardianCommand.EXIT_BAD_INPUT;
        }
        GuardianClient.Response resp;
        try {
            resp = api.post("/api/overrides", body);
        } catch (IOException e) {
            err.println("override: cannot reach the guardian at " + api.uri("/api/overrides") + " ("
                    + GuardianClient.why(e) + "); if it listens elsewhere, say where with --url http://HOST:PORT"
                    + " or $" + URL_ENV + " (guardian demo prints its address: \"HTTP on http://...\")");
            return 1;
        }
        if (resp.ok()) {
            out.println(resp.text());
            out.flush();
            return 0;
        }
        err.println("override refused (HTTP " + resp.status() + "): " + resp.text());
        return resp.status() == 400 ? GuardianCommand.EXIT_BAD_INPUT : 1;
    }

    private static String nonBlank(String option, String v) {
        if (v == null) {
            throw new IllegalArgumentException(option + " is required");
        }
        if (v.isBlank()) {
            throw new IllegalArgumentException(option + " must not be blank");
        }
        return v.strip();
    }
}
