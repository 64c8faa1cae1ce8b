package org.mrpa.protocol.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mrpa.protocol.HeaderClassification;
import org.mrpa.protocol.IndicationLexicon;
import org.mrpa.protocol.MarsMeasure;
import org.mrpa.protocol.ParameterRanges;
import org.mrpa.protocol.Plane;
import org.mrpa.protocol.Protocol;
import org.mrpa.protocol.Region;
import org.mrpa.protocol.SequenceTemplate;
import org.mrpa.protocol.SitePolicy;

/**
 * Reads the catalog folder ({@code protocols/}): the shared files and one file per protocol. Collects
 * every problem (file, field, reason) and throws one {@link CatalogException} naming them all.
 */
public final class CatalogLoader {

    public static final String SITE_POLICY = "site-policy.yaml";
    public static final String TEMPLATES = "sequence-templates.yaml";
    public static final String GEOMETRY = "geometry.yaml";
    public static final String LEXICON = "indication-lexicon.yaml";
    public static final String HEADER_CLASSIFICATION = "header-classification.yaml";
    public static final String MARS_MEASURES = "mars-measures.yaml";
    static final Set<String> SHARED_FILES =
            Set.of(SITE_POLICY, TEMPLATES, GEOMETRY, LEXICON, HEADER_CLASSIFICATION, MARS_MEASURES);

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    /**
     * Loads and validates the catalog in {@code dir}.
     *
     * @throws CatalogException listing every problem found, when anything is wrong
     */
    public ProtocolCatalog load(Path dir) {
        List<CatalogProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            throw new CatalogException(List.of(new CatalogProblem(dir.toString(), "", "catalog folder not found")));
        }
        List<Path> files = yamlFiles(dir, problems);
        for (String shared : SHARED_FILES) {
            if (files.stream().noneMatch(f -> f.getFileName().toString().equals(shared))) {
                problems.add(new CatalogProblem(shared, "", "file is missing from " + dir));
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        SitePolicy policy = read(dir.resolve(SITE_POLICY), new TypeReference<SitePolicy>() {}, problems);
        Map<String, SequenceTemplate> templates = readTemplates(dir.resolve(TEMPLATES), problems);
        Map<Region, Map<Plane, ParameterRanges>> geometry =
                read(dir.resolve(GEOMETRY), new TypeReference<Map<Region, Map<Plane, ParameterRanges>>>() {}, problems);
        IndicationLexicon lexicon = read(dir.resolve(LEXICON), new TypeReference<IndicationLexicon>() {}, problems);
        HeaderClassification classification =
                read(dir.resolve(HEADER_CLASSIFICATION), new TypeReference<HeaderClassification>() {}, problems);
        Map<String, MarsMeasure> measures =
                read(dir.resolve(MARS_MEASURES), new TypeReference<LinkedHashMap<String, MarsMeasure>>() {}, problems);
        Map<String, Protocol> protocols = readProtocols(files, problems);
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        new CatalogValidator(problems).validate(policy, templates, geometry, lexicon, protocols);
        new CatalogValidator(problems).validateClassification(classification);
        new CatalogValidator(problems).validateMarsMeasures(measures);
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
        List<Protocol> ordered = protocols.values().stream()
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .toList();
        return new ProtocolCatalog(
                version(files),
                ordered,
                Map.copyOf(templates),
                geometry == null ? Map.of() : geometry,
                policy,
                lexicon,
                classification,
                measures);
    }

    /** Every protocol file (the files that are not shared), by file name. */
    private Map<String, Protocol> readProtocols(List<Path> files, List<CatalogProblem> problems) {
        Map<String, Protocol> protocols = new LinkedHashMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (!SHARED_FILES.contains(name)) {
                Protocol p = read(f, new TypeReference<Protocol>() {}, problems);
                if (p != null) {
                    protocols.put(name, p);
                }
            }
        }
        return protocols;
    }

    private static List<Path> yamlFiles(Path dir, List<CatalogProblem> problems) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(new CatalogProblem(dir.toString(), "", "cannot list folder: " + e.getMessage()));
            return List.of();
        }
    }

    private Map<String, SequenceTemplate> readTemplates(Path file, List<CatalogProblem> problems) {
        Map<String, SequenceTemplate> raw =
                read(file, new TypeReference<LinkedHashMap<String, SequenceTemplate>>() {}, problems);
        if (raw == null) {
            return Map.of();
        }
        Map<String, SequenceTemplate> withIds = new LinkedHashMap<>();
        raw.forEach((id, t) -> withIds.put(
                id,
                t == null
                        ? null
                        : new SequenceTemplate(
                                id,
                                t.title(),
                                t.weighting(),
                                t.fatSuppression(),
                                t.technique(),
                                t.requiresLicense(),
                                t.ranges(),
                                t.bValues(),
                                t.mars(),
                                t.source())));
        return withIds;
    }

    private <T> T read(Path file, TypeReference<T> type, List<CatalogProblem> problems) {
        String name = file.getFileName().toString();
        try {
            T value = yaml.readValue(Files.readString(file, StandardCharsets.UTF_8), type);
            if (value == null) {
                problems.add(new CatalogProblem(name, "", "file is empty"));
            }
            return value;
        } catch (JsonMappingException e) {
            problems.add(new CatalogProblem(name, JsonErrors.path(e), JsonErrors.describe(e) + at(e.getLocation())));
        } catch (JsonProcessingException e) {
            problems.add(new CatalogProblem(
                    name, "", "not valid YAML" + at(e.getLocation()) + ": " + e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(new CatalogProblem(name, "", "cannot read: " + e.getMessage()));
        }
        return null;
    }

    private static String at(JsonLocation loc) {
        return loc == null || loc.getLineNr() < 0 ? "" : " (line " + loc.getLineNr() + ")";
    }

    /** Content hash of every catalog file: {@code sha256:} and the first 16 hex digits. */
    static String version(List<Path> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                md.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(f));
                md.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("cannot hash catalog", e);
        }
    }

    /** Names of the shared (non-protocol) files, for documentation and tests. */
    public static String sharedFiles() {
        return SHARED_FILES.stream().sorted().collect(Collectors.joining(", "));
    }
}
