package org.mrpa.bench;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.mrpa.dicom.DicomHeaderReader;

/**
 * Benchmark (not a test): header reads per second, single thread, warm JVM, over every .dcm file below a folder.
 * Usage: HeaderThroughput DIR [ROUNDS [WARMUP]]. Warm-up rounds (default 10) are not counted; prints the measured rounds
 * and their median.
 */
public final class HeaderThroughput {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".dcm")).sorted().toList();
        }
        DicomHeaderReader reader = new DicomHeaderReader();
        double[] rates = new double[rounds];
        long bytes = 0;
        for (Path p : files) {
            bytes += Files.size(p);
        }
        for (int r = -warmup; r < rounds; r++) {
            long t0 = System.nanoTime();
            int ok = 0;
            for (Path p : files) {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(p), 16 * 1024)) {
                    if (reader.read(p.getFileName().toString(), in).header() != null) {
                        ok++;
                    }
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            if (r >= 0) {
                rates[r] = ok / s;
                System.out.printf("round %d: %d headers in %.3f s = %.0f instances/s%n", r + 1, ok, s, rates[r]);
            }
            if (ok != files.size()) {
                throw new IllegalStateException("only " + ok + " of " + files.size() + " files read");
            }
        }
        double[] sorted = rates.clone();
        java.util.Arrays.sort(sorted);
        System.out.printf(
                "files: %d (%.1f MB); median of %d rounds after %d warm-up rounds: %.0f instances/s on one thread%n",
                files.size(), bytes / 1e6, rounds, warmup, sorted[rounds / 2]);
    }
}
