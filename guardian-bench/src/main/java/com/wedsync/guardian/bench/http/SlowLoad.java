package com.wedsync.guardian.bench.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fifty (or N) slow clients kept connected: a third never finish their headers, a third send a GET whose body
 * never finishes, a third POST a body; every 200 ms each sends one more byte, and one the server dropped is
 * replaced, so the server always faces N of them.
 */
final class SlowLoad implements AutoCloseable {

    private static final String[] OPENINGS = {
        "GET /healthz HTTP/1.1\r\nHost: guardian\r\nX-Slow: ",
        "GET /healthz HTTP/1.1\r\nHost: guardian\r\nContent-Length: 1000000\r\n\r\n",
        "POST /api/overrides HTTP/1.1\r\nHost: guardian\r\nAuthorization: Bearer " + Routes.TOKEN
                + "\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n",
    };

    private final int port;
    private final List<Socket> sockets = new ArrayList<>();
    private final Thread drip;
    private final AtomicLong replaced = new AtomicLong();
    private volatile boolean running = true;

    SlowLoad(int port, int clients) throws IOException {
        this.port = port;
        for (int i = 0; i < clients; i++) {
            sockets.add(open(i % OPENINGS.length));
        }
        drip = new Thread(this::drip, "slow-clients");
        drip.setDaemon(true);
        drip.start();
    }

    /** Slow clients the server closed and that were opened again. */
    long replaced() {
        return replaced.get();
    }

    private Socket open(int kind) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        s.getOutputStream().write(OPENINGS[kind].getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        return s;
    }

    private void drip() {
        while (running) {
            for (int i = 0; i < sockets.size() && running; i++) {
                try {
                    OutputStream out = sockets.get(i).getOutputStream();
                    out.write('a');
                    out.flush();
                } catch (IOException closedByServer) {
                    reopen(i);
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void reopen(int i) {
        try {
            sockets.get(i).close();
            sockets.set(i, open(i % OPENINGS.length));
            replaced.incrementAndGet();
        } catch (IOException e) {
            // the server refuses new connections for now: try again on the next round
        }
    }

    @Override
    public void close() throws IOException {
        running = false;
        drip.interrupt();
        for (Socket s : sockets) {
            s.close();
        }
    }
}
