package com.wedsync.guardian.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.guardian.app.api.FreezeDoc;
import com.wedsync.guardian.app.http.GuardianClient;
import com.wedsync.guardian.app.http.Json;
import com.wedsync.guardian.calendar.CalendarArgument;
import com.wedsync.guardian.calendar.CalendarLoad;
import com.wedsync.guardian.calendar.CalendarReadException;
import com.wedsync.guardian.freeze.FreezeFacts;
import com.wedsync.guardian.freeze.FreezeGate;
import com.wedsync.guardian.freeze.FreezeQuery;
import com.wedsync.guardian.text.Printable;
import com.wedsync.guardian.wedding.ContextAnalyzer;
import com.wedsync.guardian.wedding.WeddingCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

/**
 * {@code guardian freeze check}: exit 0 when the deploy may go out, 3 when frozen (reasons and until on stderr), 2 on
 * bad input. With {@code --calendar} it decides alone (a CI runner with no guardian in reach); otherwise it asks the
 * guardian at {@code --url} (default {@code $GUARDIAN_URL}).
 */
@Command(name = "check", mixinStandardHelpOptions = true, description = {
        "May SERVICE be deployed to ENVIRONMENT now (or at --at)? Exit 0 allowed, 3 frozen (reasons and until on",
        "stderr), 2 bad input, 1 when the guardian cannot be reached. With --calendar it decides on its own."})
final class FreezeCheck implements Callable<Integer> {

    static final String TOKEN_ENV = "GUARDIAN_READ_TOKEN";

    @Spec
    CommandSpec spec;

    @Option(names = "--service", required = true, paramLabel = "S")
    String service;

    @Option(names = "--environment", required = true, paramLabel = "E")
    String environment;

    @Option(names = "--at", paramLabel = "INSTANT", description = "e.g. 2026-06-13T14:00:00Z (default: now)")
    String at;

    @Option(names = "--url", defaultValue = "${env:" + OverrideCommand.URL_ENV + ":-http://127.0.0.1:8080}",
            description = "the guardian's address (default: $" + OverrideCommand.URL_ENV + ", else http://127.0.0.1:8080)")
    String url;

    @Option(names = "--token", description = "read token (default: $" + TOKEN_ENV + ")")
    String token;

    @Option(names = "--calendar", paramLabel = "SOURCE", description = "decide alone from " + CalendarArgument.HELP)
    String calendar;

    @Option(names = "--config", paramLabel = "FILE", description = "with --calendar: the freeze: and weddings: sections")
    String config;

    @Option(names = "--json", description = "print the answer as JSON (as GET /api/freeze)")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JsonNode answer;
        try {
            if (config != null && calendar == null) {
                throw new IllegalArgumentException("--config is read only with --calendar (a running guardian has its own)");
            }
            Instant instant = at == null ? Instant.now() : ContextCommand.instant(at);
            answer = calendar != null ? alone(instant, err) : ask(err);
        } catch (CalendarReadException | IllegalArgumentException e) {
            err.println("freeze check: " + e.getMessage());
            return GuardianCommand.EXIT_BAD_INPUT;
        } catch (NoAnswer e) {
            return e.exit;
        }
        boolean frozen = answer.path("frozen").asBoolean(true);
        if (json) {
            out.println(Json.write(answer));
        } else {
            out.println((frozen ? "frozen: " : "allowed: ") + answer.path("service").asText() + " to "
                    + answer.path("environment").asText() + " at " + answer.path("at").asText());
        }
        out.flush();
        PrintWriter why = frozen ? err : out;
        answer.path("reasons").forEach(r -> why.println("  - " + Printable.escape(r.asText())));
        if (frozen) {
            err.println("  until: " + (answer.path("until").isNull() ? "not known (see the reasons)"
                    : answer.path("until").asText()));
        } else if (!answer.path("nextFreeze").isNull() && !answer.path("nextFreeze").isMissingNode()) {
            out.println("  next freeze: " + answer.path("nextFreeze").asText());
        }
        return frozen ? FreezeCommand.EXIT_FROZEN : 0;
    }

    private JsonNode alone(Instant instant, PrintWriter err) throws CalendarReadException {
        FreezeQuery q = new FreezeQuery(service, environment, instant);
        FreezeCommand.Policies p = FreezeCommand.Policies.of(config);
        CalendarLoad load = CalendarCommand.load(calendar, null, instant.minus(Duration.ofDays(3)),
                instant.plus(p.freeze().lookahead()).plus(Duration.ofDays(3)));
        if (!load.problems().isEmpty()) {
            CalendarCommand.printProblems(err, load.problems());
            throw new IllegalArgumentException("the calendar has problems (above); fix them before trusting its answer");
        }
        FreezeGate gate = new FreezeGate(new ContextAnalyzer(p.context()), p.freeze());
        return Json.MAPPER.valueToTree(FreezeDoc.of(gate.decide(q, FreezeFacts.of(WeddingCalendar.of(load.weddings())))));
    }

    private JsonNode ask(PrintWriter err) throws InterruptedException, NoAnswer {
        GuardianClient api;
        try {
            api = new GuardianClient(url, token != null ? token : System.getenv(TOKEN_ENV));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--url is not a valid URL");
        }
        String path = "/api/freeze?service=" + enc(service) + "&environment=" + enc(environment)
                + (at == null ? "" : "&at=" + enc(at));
        GuardianClient.Response r;
        try {
            r = api.get(path);
        } catch (IOException e) {
            err.println("freeze check: cannot reach the guardian at " + api.uri("/api/freeze") + " ("
                    + GuardianClient.why(e) + "); say where it is with --url or $" + OverrideCommand.URL_ENV
                    + ", or decide alone with --calendar SOURCE");
            throw new NoAnswer(1);
        }
        if (!r.ok()) {
            err.println("freeze check: the guardian refused (HTTP " + r.status() + "): " + r.message());
            throw new NoAnswer(r.status() == 400 ? GuardianCommand.EXIT_BAD_INPUT : 1);
        }
        return r.body();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The guardian gave no answer; what it said is already on stderr. */
    private static final class NoAnswer extends Exception {
        final int exit;

        NoAnswer(int exit) {
            super(null, null, false, false);
            this.exit = exit;
        }
    }
}
