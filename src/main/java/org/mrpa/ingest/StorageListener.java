package org.mrpa.ingest;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;
import org.mrpa.dicom.DicomHeaderReader;
import org.mrpa.study.ReceivedInstances;
import org.mrpa.study.TriggerSource;

/**
 * The DICOM Storage SCP (and Verification): accepts MR objects by C-STORE, keeps only their headers, and records each
 * one durably before the sender is told it was stored. Callers are screened at association time: a calling AE title
 * (or host) not on the allow-list gets an A-ASSOCIATE-RJ "calling AE title not recognized".
 */
@ApplicationScoped
public class StorageListener {

    private static final Logger LOG = Logger.getLogger(StorageListener.class);

    private final DicomListenerConfig config;
    private final ReceivedInstances received;
    private final DicomHeaderReader reader = new DicomHeaderReader();
    private final ExecutorService associations = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "dicom-association");
        t.setDaemon(true);
        return t;
    });
    private volatile ServerSocket server;
    private Path incoming;

    public StorageListener(DicomListenerConfig config, ReceivedInstances received) {
        this.config = config;
        this.received = received;
    }

    void start(@Observes StartupEvent event) throws IOException {
        if (!config.enabled()) {
            LOG.info("DICOM C-STORE listener disabled (mrpa.dicom.enabled=false)");
            return;
        }
        incoming = Files.createTempDirectory("mrpa-incoming");
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getByName(config.bindAddress()), config.port()), 64);
        Set<String> allowed = Set.copyOf(config.allowedCallingAeTitles().orElse(List.of()));
        LOG.infof(
                "DICOM C-STORE listener on %s:%d as AE %s; allowed calling AE titles: %s",
                config.bindAddress(),
                server.getLocalPort(),
                config.aeTitle(),
                allowed.isEmpty() ? "none (set mrpa.dicom.allowed-calling-ae-titles)" : allowed);
        Thread accept = new Thread(() -> acceptLoop(server, allowed), "dicom-accept");
        accept.setDaemon(true);
        accept.start();
    }

    void stop(@Observes ShutdownEvent event) throws IOException {
        if (server != null) {
            server.close();
        }
        associations.shutdownNow();
    }

    /** Where the toolkit writes each received object until its header is recorded (then the file is deleted). */
    Path incomingDirectory() {
        return incoming;
    }

    /** The bound port (for tests that configure port 0). */
    public int port() {
        return server == null ? -1 : server.getLocalPort();
    }

    private void acceptLoop(ServerSocket s, Set<String> allowed) {
        while (!s.isClosed()) {
            try {
                Socket socket = s.accept();
                associations.submit(() -> serve(socket, allowed));
            } catch (IOException e) {
                if (!s.isClosed()) {
                    LOG.warnf("DICOM listener accept failed: %s", e.getMessage());
                }
            }
        }
    }

    private void serve(Socket socket, Set<String> allowed) {
        try {
            socket.setSoTimeout(60_000);
            // without it each small PDU after a large one waits for the sender's delayed ACK (tens of ms per instance)
            socket.setTcpNoDelay(true);
            AssociationScreen.Request rq = AssociationScreen.read(socket.getInputStream());
            String host = socket.getInetAddress().getHostAddress();
            boolean hostAllowed =
                    config.allowedHosts().map(h -> h.contains(host)).orElse(true);
            if (rq.callingAeTitle() != null && (!allowed.contains(rq.callingAeTitle()) || !hostAllowed)) {
                LOG.warnf(
                        "DICOM association rejected: calling AE title %s from %s is not allowed",
                        rq.callingAeTitle(), host);
                AssociationScreen.reject(socket.getOutputStream(), AssociationScreen.REASON_CALLING_AE_NOT_RECOGNIZED);
                socket.close();
                return;
            }
            socket.setSoTimeout(0);
            StoreScp.serve(new ReplayedSocket(socket, rq.bytes()), config.aeTitle(), incoming, this::record);
        } catch (Exception e) {
            LOG.warnf("DICOM association ended with an error: %s", e.getMessage());
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /** Records one received dataset's header before the C-STORE is answered; the status says whether it was recorded. */
    private int record(
            InputStream dataset, String transferSyntax, String sopClassUid, String sopInstanceUid, String caller) {
        DicomHeaderReader.Result r = reader.readDataset("instance", dataset, transferSyntax);
        if (r.header() == null) {
            LOG.warnf("C-STORE from %s refused: %s", caller, r.unreadable().reason());
            return r.unsupportedSopClass() ? StoreScp.SOP_CLASS_NOT_SUPPORTED : StoreScp.CANNOT_UNDERSTAND;
        }
        try {
            received.record(r.header(), TriggerSource.C_STORE, caller);
            return StoreScp.SUCCESS;
        } catch (RuntimeException e) {
            LOG.warnf(
                    "C-STORE from %s not recorded (%s); answered A700 out of resources",
                    caller, e.getClass().getSimpleName());
            return StoreScp.OUT_OF_RESOURCES;
        }
    }
}
