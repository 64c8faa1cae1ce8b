package org.mrpa.dicom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.mrpa.protocol.HeaderClassification;

/** Reads the headers of many files and describes their series; a bad file is reported and the others still read. */
public final class HeaderExtractor {

    private final DicomHeaderReader reader = new DicomHeaderReader();
    private final SeriesAssembler assembler;

    public HeaderExtractor(HeaderClassification settings) {
        this.assembler = new SeriesAssembler(new SeriesClassifier(settings));
    }

    /** A named stream of one file. */
    public interface Source {
        String name();

        InputStream open() throws IOException;
    }

    /** Reads every source; unreadable ones are listed by name with the reason. */
    public HeaderExtraction extract(List<? extends Source> sources) {
        List<InstanceHeader> headers = new ArrayList<>();
        List<UnreadableFile> unreadable = new ArrayList<>();
        for (Source src : sources) {
            try (InputStream in = src.open()) {
                DicomHeaderReader.Result r = reader.read(src.name(), in);
                if (r.header() != null) {
                    headers.add(r.header());
                } else {
                    unreadable.add(r.unreadable());
                }
            } catch (IOException e) {
                unreadable.add(new UnreadableFile(src.name(), "cannot be opened: " + e.getMessage()));
            }
        }
        return new HeaderExtraction(assembler.assemble(headers), unreadable);
    }

    /** Every regular file below a folder, named by its path relative to the folder. */
    public HeaderExtraction extract(Path folder) throws IOException {
        List<Source> sources = new ArrayList<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                String name = folder.relativize(p).toString();
                sources.add(new Source() {
                    @Override
                    public String name() {
                        return name;
                    }

                    @Override
                    public InputStream open() throws IOException {
                        return Files.newInputStream(p);
                    }
                });
            }
        }
        return extract(sources);
    }
}
