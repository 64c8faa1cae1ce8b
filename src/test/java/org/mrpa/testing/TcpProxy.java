package org.mrpa.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A loopback TCP proxy that can be cut (existing connections dropped, new ones refused) and restored. */
public final class TcpProxy implements AutoCloseable {

    private final String host;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private final int port;

    private TcpProxy(String host, int targetPort) throws IOException {
        this.host = host;
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.port = server.getLocalPort();
        accept(server);
    }

    public static TcpProxy start(String host, int port) {
        try {
            return new TcpProxy(host, port);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the database proxy", e);
        }
    }

    public int port() {
        return port;
    }

    /** Drops every connection and refuses new ones: the database is "down". */
    public synchronized void cut() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException ignored) {
                // already gone
            }
        }
        open.clear();
    }

    /** Accepts connections again on the same port: the database is "back". */
    public synchronized void restore() {
        try {
            ServerSocket s = new ServerSocket();
            s.setReuseAddress(true);
            s.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            server = s;
            accept(s);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reopen the database proxy on port " + port, e);
        }
    }

    @Override
    public void close() {
        cut();
    }

    private void accept(ServerSocket s) {
        Thread t = new Thread(
                () -> {
                    while (!s.isClosed()) {
                        try {
                            Socket client = s.accept();
                            Socket target = new Socket(host, targetPort);
                            open.add(client);
                            open.add(target);
                            pipe(client, target);
                            pipe(target, client);
                        } catch (IOException e) {
                            // closed by cut(), or the target refused: the client sees a dropped connection
                        }
                    }
                },
                "db-proxy-accept");
        t.setDaemon(true);
        t.start();
    }

    private void pipe(Socket from, Socket to) {
        Thread t = new Thread(
                () -> {
                    byte[] buffer = new byte[16384];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        int n;
                        while ((n = in.read(buffer)) >= 0) {
                            out.write(buffer, 0, n);
                            out.flush();
                        }
                    } catch (IOException e) {
                        // connection cut
                    } finally {
                        try {
                            from.close();
                            to.close();
                        } catch (IOException ignored) {
                            // already closed
                        }
                        open.remove(from);
                        open.remove(to);
                    }
                },
                "db-proxy-pipe");
        t.setDaemon(true);
        t.start();
    }
}
