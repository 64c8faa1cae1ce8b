package org.mrpa.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.TransferSyntax;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Transfer syntaxes the corpus does not have (deflate from no scanner, big endian re-encoded) are read too. */
class TransferSyntaxTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                TransferSyntax.DeflatedExplicitVRLittleEndian,
                TransferSyntax.ExplicitVRBigEndian,
                TransferSyntax.ImplicitVRLittleEndian
            })
    void readsAGeneratedSampleReEncoded(String ts) throws Exception {
        Path sample;
        try (Stream<Path> s = Files.list(Path.of("sample-dicom/lumbar-conformant-siemens"))) {
            sample = s.sorted()
                    .filter(p -> p.getFileName().toString().startsWith("s04"))
                    .findFirst()
                    .orElseThrow();
        }
        AttributeList l = new AttributeList();
        l.read(sample.toFile());
        l.removeGroupLengthAttributes();
        l.removeMetaInformationHeaderAttributes();
        FileMetaInformation.addFileMetaInformation(l, ts, "MRPA");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        l.write(out, ts, true, true);
        DicomHeaderReader.Result r =
                new DicomHeaderReader().read("re-encoded.dcm", new ByteArrayInputStream(out.toByteArray()));
        assertThat(r.unreadable()).isNull();
        assertThat(r.header().transferSyntaxUid()).isEqualTo(ts);
        assertThat(r.header().number("InversionTime")).isEqualTo(150.0);
        assertThat(r.header().first("ScanningSequence")).isEqualTo("SE");
    }
}
