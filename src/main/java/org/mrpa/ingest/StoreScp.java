package org.mrpa.ingest;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.DicomInputStream;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import com.pixelmed.network.AReleaseException;
import com.pixelmed.network.Association;
import com.pixelmed.network.AssociationFactory;
import com.pixelmed.network.CEchoResponseCommandMessage;
import com.pixelmed.network.CStoreResponseCommandMessage;
import com.pixelmed.network.CompositeResponseHandler;
import com.pixelmed.network.DicomNetworkException;
import com.pixelmed.network.PDataPDU;
import com.pixelmed.network.PresentationDataValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One DICOM association as Storage SCP (and Verification SCP), on PixelMed's association layer: PixelMed negotiates the
 * association (with {@link MrPresentationContexts}) and delivers P-DATA PDUs; this class assembles each C-STORE's
 * dataset in memory (a temporary file only past {@link #IN_MEMORY_LIMIT}), hands it to a {@link Receiver} and answers
 * with the status the receiver returns. So a C-STORE is answered Success only after the receiver has recorded the
 * header, and with a failure status (e.g. A700 out of resources) when it could not; pixel data is never written to disk
 * for an ordinary image and never kept.
 */
final class StoreScp {

    /** Datasets up to this size are held in memory while they arrive; larger ones (multi-frame objects) go to a temporary file. */
    static final int IN_MEMORY_LIMIT = 32 * 1024 * 1024;

    /** DIMSE status codes (PS3.4 annex B.2.3, PS3.7 annex C). */
    static final int SUCCESS = 0x0000;

    static final int OUT_OF_RESOURCES = 0xA700;
    static final int SOP_CLASS_NOT_SUPPORTED = 0x0122;
    static final int CANNOT_UNDERSTAND = 0xC000;

    private static final int C_STORE_RQ = 0x0001;
    private static final int C_ECHO_RQ = 0x0030;
    private static final int NO_DATA_SET = 0x0101;

    /** What to do with a received dataset. */
    interface Receiver {
        /**
         * Called once the whole dataset has arrived, before the response is sent.
         *
         * @param dataset        the dataset (no File Meta Information), encoded in {@code transferSyntax}
         * @param callingAeTitle the sender's AE title
         * @return the DIMSE status to answer with
         */
        int received(
                InputStream dataset,
                String transferSyntax,
                String sopClassUid,
                String sopInstanceUid,
                String callingAeTitle);
    }

    private StoreScp() {}

    /** Serves one association until the peer releases or aborts it. */
    static void serve(Socket socket, String aeTitle, Path spillDirectory, Receiver receiver)
            throws DicomNetworkException, DicomException, IOException {
        Association association = AssociationFactory.createNewAssociation(
                socket, aeTitle, 65536, 262144, 262144, new MrPresentationContexts(), 0);
        String caller = association.getCallingAETitle() == null
                ? null
                : association.getCallingAETitle().trim();
        try {
            while (true) {
                Message m = new Message(spillDirectory);
                association.setReceivedDataHandler(m);
                try {
                    association.waitForPDataPDUsUntilHandlerReportsDone();
                    byte[] response = m.respond(association, caller, receiver);
                    association.send(m.presentationContext, response, null);
                } finally {
                    m.discard();
                }
            }
        } catch (AReleaseException released) {
            // the peer released the association: normal end
        }
    }

    /** One request message: its command, then (for C-STORE) its dataset. */
    private static final class Message extends CompositeResponseHandler {
        private final Path spillDirectory;
        private final List<byte[]> command = new ArrayList<>();
        private final List<byte[]> chunks = new ArrayList<>();
        private long size;
        private Path spill;
        private OutputStream spillOut;
        private AttributeList commandList;
        private int commandField;
        byte presentationContext;

        Message(Path spillDirectory) {
            this.spillDirectory = spillDirectory;
        }

        @Override
        public void sendPDataIndication(PDataPDU pdu, Association association)
                throws DicomNetworkException, DicomException, IOException {
            for (Object o : pdu.getPDVList()) {
                PresentationDataValue pdv = (PresentationDataValue) o;
                presentationContext = pdv.getPresentationContextID();
                if (pdv.isCommand()) {
                    command.add(pdv.getValue());
                    if (pdv.isLastFragment()) {
                        readCommand();
                    }
                } else {
                    data(pdv.getValue());
                    if (pdv.isLastFragment()) {
                        closeSpill();
                        done = true;
                    }
                }
            }
        }

        private void readCommand() throws IOException, DicomException {
            commandList = new AttributeList();
            try (DicomInputStream in = new DicomInputStream(
                    new ByteArrayInputStream(concat(command)), TransferSyntax.ImplicitVRLittleEndian, false)) {
                commandList.read(in);
            }
            commandField = Attribute.getSingleIntegerValueOrDefault(commandList, TagFromName.CommandField, 0);
            if (Attribute.getSingleIntegerValueOrDefault(commandList, TagFromName.CommandDataSetType, NO_DATA_SET)
                    == NO_DATA_SET) {
                done = true;
            }
        }

        private void data(byte[] bytes) throws IOException {
            size += bytes.length;
            if (spillOut == null && size > IN_MEMORY_LIMIT) {
                spill = Files.createTempFile(spillDirectory, "cstore", ".dcm");
                spillOut = Files.newOutputStream(spill);
                for (byte[] c : chunks) {
                    spillOut.write(c);
                }
                chunks.clear();
            }
            if (spillOut != null) {
                spillOut.write(bytes);
            } else {
                chunks.add(bytes);
            }
        }

        private void closeSpill() throws IOException {
            if (spillOut != null) {
                spillOut.close();
                spillOut = null;
            }
        }

        byte[] respond(Association association, String caller, Receiver receiver)
                throws DicomNetworkException, DicomException, IOException {
            if (commandList == null) {
                throw new DicomNetworkException("a data set arrived without its command");
            }
            String sopClass = Attribute.getSingleStringValueOrNull(commandList, TagFromName.AffectedSOPClassUID);
            int messageId = Attribute.getSingleIntegerValueOrDefault(commandList, TagFromName.MessageID, 0);
            if (commandField == C_ECHO_RQ) {
                return new CEchoResponseCommandMessage(sopClass, messageId, SUCCESS).getBytes();
            }
            if (commandField != C_STORE_RQ) {
                throw new DicomNetworkException("unsupported DIMSE command 0x" + Integer.toHexString(commandField)
                        + " (only C-STORE and C-ECHO)");
            }
            String sopInstance = Attribute.getSingleStringValueOrNull(commandList, TagFromName.AffectedSOPInstanceUID);
            int status;
            if (!MrPresentationContexts.ACCEPTED.contains(sopClass)) {
                status = SOP_CLASS_NOT_SUPPORTED;
            } else {
                String transferSyntax = association.getTransferSyntaxForPresentationContextID(presentationContext);
                try (InputStream dataset = dataset()) {
                    status = receiver.received(dataset, transferSyntax, sopClass, sopInstance, caller);
                }
            }
            return new CStoreResponseCommandMessage(sopClass, sopInstance, messageId, status).getBytes();
        }

        private InputStream dataset() throws IOException {
            if (spill != null) {
                return Files.newInputStream(spill);
            }
            List<InputStream> parts = new ArrayList<>(chunks.size());
            for (byte[] c : chunks) {
                parts.add(new ByteArrayInputStream(c));
            }
            return new SequenceInputStream(Collections.enumeration(parts));
        }

        void discard() throws IOException {
            closeSpill();
            chunks.clear();
            if (spill != null) {
                Files.deleteIfExists(spill);
            }
        }

        @Override
        protected void evaluateStatusAndSetSuccess(AttributeList list) {
            // a request handler has no response status to evaluate
        }

        private static byte[] concat(List<byte[]> parts) {
            int n = 0;
            for (byte[] p : parts) {
                n += p.length;
            }
            byte[] out = new byte[n];
            int at = 0;
            for (byte[] p : parts) {
                System.arraycopy(p, 0, out, at, p.length);
                at += p.length;
            }
            return out;
        }
    }
}
