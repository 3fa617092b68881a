package com.wedsync.guardian.app.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Hostile clients on real sockets (issue 10, item 4): each connects, sends part of a request and then stalls,
 * holding its connection open until closed. Three kinds, in turn: headers never finished; a GET whose announced
 * body never finishes; a POST whose body is sent a byte at a time and then stops.
 */
final class SlowClients implements AutoCloseable {

    private final List<Socket> sockets = new ArrayList<>();

    /** Opens {@code count} stalled clients against {@code port}, spread evenly over the three kinds. */
    static SlowClients open(int port, int count, String adminToken) throws IOException {
        SlowClients c = new SlowClients();
        for (int i = 0; i < count; i++) {
            Socket s = new Socket();
            c.sockets.add(s);
            s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            OutputStream out = s.getOutputStream();
            switch (i % 3) {
                case 0 -> out.write(ascii("GET /healthz HTTP/1.1\r\nHost: guardian\r\nX-Slow: "));
                case 1 -> out.write(ascii("GET /healthz HTTP/1.1\r\nHost: guardian\r\nContent-Length: 100000\r\n\r\n{\"a\""));
                default -> {
                    out.write(ascii("POST /api/overrides HTTP/1.1\r\nHost: guardian\r\nAuthorization: Bearer " + adminToken
                            + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"));
                    for (byte b : ascii("{\"actor\": \"sl")) {
                        out.write(b);
                        out.flush();
                    }
                }
            }
            out.flush();
        }
        return c;
    }

    List<Socket> sockets() {
        return sockets;
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        for (Socket s : sockets) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing a client the server already dropped
            }
        }
    }
}
