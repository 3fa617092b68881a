package com.wedsync.guardian.hikari.jmx;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.rmi.registry.LocateRegistry;
import java.rmi.registry.Registry;
import java.rmi.server.RMIServerSocketFactory;
import java.rmi.server.UnicastRemoteObject;
import java.util.HashMap;
import java.util.Map;
import javax.management.remote.JMXAuthenticator;
import javax.management.remote.JMXConnectorServer;
import javax.management.remote.JMXConnectorServerFactory;
import javax.management.remote.JMXPrincipal;
import javax.management.remote.JMXServiceURL;
import javax.management.remote.rmi.RMIConnectorServer;
import javax.security.auth.Subject;

/**
 * A real JMX connector server over RMI on a loopback port, serving this JVM's platform MBean server
 * (where HikariCP registers its beans). {@link #stop()} takes it off the network as a crashed JVM would;
 * {@link #start()} brings it back on the same port.
 */
final class JmxServer implements AutoCloseable {

    static {
        // The RMI stub must point at loopback, not at whatever address the host name resolves to.
        System.setProperty("java.rmi.server.hostname", "127.0.0.1");
    }

    private final int port;
    private final String user;
    private final String password;
    private Registry registry;
    private JMXConnectorServer server;

    private JmxServer(int port, String user, String password) {
        this.port = port;
        this.user = user;
        this.password = password;
    }

    static JmxServer start(String user, String password) throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        JmxServer s = new JmxServer(port, user, password);
        s.start();
        return s;
    }

    String url() {
        return "service:jmx:rmi://127.0.0.1:" + port + "/jndi/rmi://127.0.0.1:" + port + "/jmxrmi";
    }

    synchronized void start() throws IOException {
        LoopbackSockets sockets = new LoopbackSockets();
        registry = LocateRegistry.createRegistry(port, null, sockets);
        Map<String, Object> env = new HashMap<>();
        env.put(RMIConnectorServer.RMI_SERVER_SOCKET_FACTORY_ATTRIBUTE, sockets);
        if (user != null) {
            env.put(JMXConnectorServer.AUTHENTICATOR, (JMXAuthenticator) credentials -> {
                String[] pair = (String[]) credentials;
                if (pair == null || !user.equals(pair[0]) || !password.equals(pair[1])) {
                    // Echoes what it was given, as some servers do: the guardian must mask it.
                    throw new SecurityException("bad credentials for " + (pair == null ? "nobody" : pair[0] + "/" + pair[1]));
                }
                return new Subject(true, java.util.Set.of(new JMXPrincipal(user)), java.util.Set.of(), java.util.Set.of());
            });
        }
        server = JMXConnectorServerFactory.newJMXConnectorServer(new JMXServiceURL(url()), env,
                ManagementFactory.getPlatformMBeanServer());
        server.start();
    }

    synchronized void stop() throws IOException {
        if (server != null) {
            server.stop();
            server = null;
        }
        if (registry != null) {
            UnicastRemoteObject.unexportObject(registry, true);
            registry = null;
        }
    }

    @Override
    public void close() throws IOException {
        stop();
    }

    /** Listens on loopback only; equal instances let the registry and the connector share one port. */
    private static final class LoopbackSockets implements RMIServerSocketFactory {
        @Override
        public ServerSocket createServerSocket(int port) throws IOException {
            ServerSocket s = new ServerSocket();
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return s;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LoopbackSockets;
        }

        @Override
        public int hashCode() {
            return LoopbackSockets.class.hashCode();
        }
    }
}
