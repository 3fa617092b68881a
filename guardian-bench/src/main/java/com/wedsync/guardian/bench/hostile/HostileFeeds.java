package com.wedsync.guardian.bench.hostile;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The hostile calendars, generated (nothing large is committed): each is the {@code calendars:} entry of a
 * guardian.yaml, pointing at a file written here or at a loopback server started here.
 */
final class HostileFeeds implements AutoCloseable {

    private static final String BASIC = DateTimeFormatter.ofPattern("yyyyMMdd").format(LocalDate.now(ZoneOffset.UTC));

    private final Path dir;
    private HttpServer redirecting;
    private HttpServer refused;

    HostileFeeds(Path dir) {
        this.dir = dir;
    }

    /** A small real calendar: the baseline every other row is compared with. */
    String baseline() throws IOException {
        return file("baseline.ics", calendar(event("w1", BASIC + "T140000Z", "", "X-WEDSYNC-GUESTS:120")
                + event("w2", BASIC + "T160000Z", "RRULE:FREQ=WEEKLY;COUNT=10", "")));
    }

    /** 2,000 hourly series in about 254 KB: expanded without a bound, millions of occurrences. */
    String hourlySeries() throws IOException {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            events.append(event("s" + i, BASIC + "T100000Z", "RRULE:FREQ=HOURLY", ""));
        }
        return file("hourly.ics", calendar(events.toString()));
    }

    /** 50,000 nested components: ical4j's recursive parser overflows the stack. */
    String nested() throws IOException {
        return file("nested.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + "BEGIN:X-NEST\r\n".repeat(50_000)
                + "END:X-NEST\r\n".repeat(50_000) + "END:VCALENDAR\r\n");
    }

    /** A device as the calendar's path: it reports size 0 and never ends. */
    String devZero() {
        return "/dev/zero";
    }

    /** Guest counts at the int limit on two weddings today: summed in an int, negative. */
    String hugeGuests() throws IOException {
        return file("guests.ics", calendar(event("g1", BASIC + "T120000Z", "", "X-WEDSYNC-GUESTS:2147483647")
                + event("g2", BASIC + "T130000Z", "", "X-WEDSYNC-GUESTS:2147483647")));
    }

    /**
     * A loopback feed redirecting to a host the first URL's rule refuses (plain http: on this machine's
     * network address), where a calendar of 20 MB of events waits. Empty when the machine has no such address.
     */
    Optional<String> redirectToRefusedHost() throws IOException {
        Optional<InetAddress> lan = nonLoopback();
        if (lan.isEmpty()) {
            return Optional.empty();
        }
        byte[] big = calendar(event("r", BASIC + "T120000Z", "", "").repeat(60_000)).getBytes(StandardCharsets.UTF_8);
        refused = HttpServer.create(new InetSocketAddress(lan.get(), 0), 0);
        refused.createContext("/internal.ics", ex -> send(ex, 200, big));
        refused.start();
        String target = "http://" + lan.get().getHostAddress() + ":" + refused.getAddress().getPort() + "/internal.ics";
        redirecting = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        redirecting.createContext("/feed.ics", ex -> {
            ex.getResponseHeaders().add("Location", target);
            send(ex, 302, new byte[0]);
        });
        redirecting.start();
        return Optional.of("http://127.0.0.1:" + redirecting.getAddress().getPort() + "/feed.ics");
    }

    private static void send(com.sun.net.httpserver.HttpExchange ex, int status, byte[] body) throws IOException {
        try (ex) {
            ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException clientLeft) {
            // the guardian refused the hop or stopped reading: what is measured
        }
    }

    private String file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text).toString();
    }

    private static String calendar(String events) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + events + "END:VCALENDAR\r\n";
    }

    private static String event(String uid, String start, String rule, String extra) {
        return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nSUMMARY:Wedding " + uid + "\r\nDTSTART:" + start
                + "\r\nDURATION:PT8H\r\n" + (rule.isEmpty() ? "" : rule + "\r\n")
                + (extra.isEmpty() ? "" : extra + "\r\n") + "END:VEVENT\r\n";
    }

    private static Optional<InetAddress> nonLoopback() throws SocketException {
        for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
            if (nic.isUp() && !nic.isLoopback()) {
                Optional<InetAddress> v4 = nic.inetAddresses().filter(a -> a instanceof Inet4Address).findFirst();
                if (v4.isPresent()) {
                    return v4;
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        if (redirecting != null) {
            redirecting.stop(0);
        }
        if (refused != null) {
            refused.stop(0);
        }
    }
}
