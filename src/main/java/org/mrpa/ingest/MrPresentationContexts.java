package org.mrpa.ingest;

import com.pixelmed.dicom.TransferSyntax;
import com.pixelmed.network.PresentationContext;
import com.pixelmed.network.PresentationContextSelectionPolicy;
import java.util.LinkedList;
import java.util.List;
import java.util.Set;

/**
 * Which presentation contexts the Storage SCP accepts: MR Image and Enhanced MR Image Storage and Verification, each
 * with the first transfer syntax the sender proposes that the toolkit recognises (implicit or explicit little endian,
 * big endian, deflate, JPEG, JPEG-LS, JPEG 2000, RLE: pixels are never decoded, so a compressed image costs nothing).
 * Every proposed context is answered on its own; none is dropped because another context of the same SOP class was
 * accepted, so a sender that offers a compressed file in its own syntax can send it as it is. Any other SOP class is
 * refused with "abstract syntax not supported": a sender learns at association time that CT or secondary captures are
 * not wanted here, instead of having them fail one by one.
 */
final class MrPresentationContexts implements PresentationContextSelectionPolicy {

    static final Set<String> ACCEPTED = Set.of(
            "1.2.840.10008.5.1.4.1.1.4", // MR Image Storage
            "1.2.840.10008.5.1.4.1.1.4.1", // Enhanced MR Image Storage
            "1.2.840.10008.1.1"); // Verification

    /** Presentation context results (PS3.8 section 9.3.3.2). */
    private static final byte ACCEPTANCE = 0;

    private static final byte ABSTRACT_SYNTAX_NOT_SUPPORTED = 3;
    private static final byte TRANSFER_SYNTAXES_NOT_SUPPORTED = 4;

    @Override
    public LinkedList applyPresentationContextSelectionPolicy(LinkedList contexts, int association, int debugLevel) {
        return applyPresentationContextSelectionPolicy(contexts, association);
    }

    @Override
    public LinkedList applyPresentationContextSelectionPolicy(LinkedList contexts, int association) {
        for (Object o : contexts) {
            PresentationContext pc = (PresentationContext) o;
            if (!ACCEPTED.contains(pc.getAbstractSyntaxUID())) {
                pc.setResultReason(ABSTRACT_SYNTAX_NOT_SUPPORTED);
                continue;
            }
            String chosen = null;
            for (Object ts : (List<?>) pc.getTransferSyntaxUIDs()) {
                String uid = String.valueOf(ts).trim();
                if (new TransferSyntax(uid).isRecognized()) {
                    chosen = uid;
                    break;
                }
            }
            pc.newTransferSyntaxUIDs();
            if (chosen == null) {
                pc.setResultReason(TRANSFER_SYNTAXES_NOT_SUPPORTED);
            } else {
                pc.addTransferSyntaxUID(chosen);
                pc.setResultReason(ACCEPTANCE);
            }
        }
        return contexts;
    }
}
