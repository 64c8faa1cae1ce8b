package org.mrpa.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.mrpa.app.MrpaConfig;
import org.mrpa.conformance.ConformanceChecker;
import org.mrpa.conformance.ExpectedProtocol;
import org.mrpa.conformance.ExpectedProtocols;
import org.mrpa.conformance.StudyConformanceReport;
import org.mrpa.dicom.HeaderExtraction;
import org.mrpa.dicom.SeriesAssembler;
import org.mrpa.dicom.SeriesHeader;
import org.mrpa.protocol.catalog.ProtocolCatalog;
import org.mrpa.recommendation.Recommendation;
import org.mrpa.recommendation.RecommendationService;

/** Checks an acquired study against the protocol chosen for its order. */
@Path("/api/v1/conformance-checks")
@Tag(name = "DICOM")
public class ConformanceResource {

    private static final Logger LOG = Logger.getLogger(ConformanceResource.class);

    private final SeriesAssembler assembler;
    private final UploadedStudy uploads;
    private final RecommendationService recommendations;
    private final ExpectedProtocols expected;
    private final ConformanceChecker checker;
    private final ProtocolCatalog catalog;

    public ConformanceResource(SeriesAssembler assembler, MrpaConfig config, RecommendationService recommendations, ExpectedProtocols expected,
                               ConformanceChecker checker, ProtocolCatalog catalog) {
        this.assembler = assembler;
        this.uploads = new UploadedStudy(config.upload());
        this.recommendations = recommendations;
        this.expected = expected;
        this.checker = checker;
        this.catalog = catalog;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a study's series against its protocol",
            description = "Multipart upload of DICOM files or one zip of a study, plus recommendationId (the recommendation's MARS, "
                    + "contrast and implant constraints apply) or protocolId (a catalog protocol, no safety context). With neither, the "
                    + "latest recommendation made for the study's Accession Number is used. Returns the report: each protocol sequence "
                    + "acquired or missing, each series matched, extra, repeated, unidentifiable or not counted, parameter checks, and "
                    + "issues with stable codes and severities (safety deviations are CRITICAL), and an overall verdict.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StudyConformanceReport.class)))
    @APIResponse(responseCode = "400", description = "Empty upload, no readable image, several studies, unknown or missing protocol",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Upload over the configured limits",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StudyConformanceReport check(@RestForm(FileUpload.ALL) List<FileUpload> files, @RestForm String protocolId,
                                        @RestForm String recommendationId) {
        if (protocolId != null && !protocolId.isBlank() && recommendationId != null && !recommendationId.isBlank()) {
            throw new ProblemException(400, "VALIDATION_FAILED", "Give protocolId or recommendationId, not both",
                    List.of(new Problem.FieldError("protocolId", "not with recommendationId")));
        }
        HeaderExtraction x = uploads.read(files, assembler);
        if (x.series().isEmpty()) {
            throw new ProblemException(400, "NO_READABLE_IMAGE", "None of the uploaded files is a readable MR image",
                    x.unreadable().stream().map(u -> new Problem.FieldError(u.file(), u.reason())).toList());
        }
        List<String> studies = x.series().stream().map(SeriesHeader::studyInstanceUid).filter(Objects::nonNull).distinct().toList();
        if (studies.size() > 1) {
            throw new ProblemException(400, "SEVERAL_STUDIES", "The upload holds " + studies.size() + " studies; check one study at a time",
                    studies.stream().map(s -> new Problem.FieldError("StudyInstanceUID", s)).toList());
        }
        Double field = x.series().stream().map(SeriesHeader::nominalFieldStrengthT).filter(Objects::nonNull).findFirst().orElse(null);
        ExpectedProtocol e;
        if (protocolId != null && !protocolId.isBlank()) {
            e = expected.fromProtocol(catalog.protocol(protocolId).orElseThrow(() -> new ProblemException(400, "VALIDATION_FAILED",
                    "protocolId: no protocol '" + protocolId + "'", List.of(new Problem.FieldError("protocolId", "unknown protocol")))), field);
        } else {
            Recommendation r = recommendation(recommendationId, x);
            if (!r.supported()) {
                throw new ProblemException(400, "VALIDATION_FAILED", "Recommendation " + r.recommendationId() + " has no protocol (unsupported indication)",
                        List.of(new Problem.FieldError("recommendationId", "has no protocol")));
            }
            e = expected.fromRecommendation(r, field);
        }
        StudyConformanceReport report = checker.check(x.series(), x.unreadable(), e);
        LOG.infof("conformance check: protocol=%s recommendation=%s series=%d unreadable=%d verdict=%s issues=%s",
                report.protocolId(), report.recommendationId() == null ? "-" : report.recommendationId(), x.series().size(),
                x.unreadable().size(), report.verdict(), report.issueCounts());
        return report;
    }

    private Recommendation recommendation(String id, HeaderExtraction x) {
        if (id != null && !id.isBlank()) {
            return recommendations.find(id.trim()).orElseThrow(() -> new ProblemException(400, "VALIDATION_FAILED",
                    "recommendationId: no recommendation " + id, List.of(new Problem.FieldError("recommendationId", "unknown recommendation"))));
        }
        String accession = x.series().stream().map(SeriesHeader::accessionNumber).filter(Objects::nonNull).findFirst().orElse(null);
        if (accession == null) {
            throw new ProblemException(400, "VALIDATION_FAILED", "Give protocolId or recommendationId: the study has no Accession Number",
                    List.of(new Problem.FieldError("protocolId", "required when the study has no accession number")));
        }
        return recommendations.findByAccession(accession).orElseThrow(() -> new ProblemException(400, "VALIDATION_FAILED",
                "Give protocolId or recommendationId: no recommendation was made for the study's accession number",
                List.of(new Problem.FieldError("protocolId", "required: no recommendation for this accession number"))));
    }
}
