package org.mrpa.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.mrpa.dicom.HeaderExtraction;
import org.mrpa.dicom.SeriesAssembler;

/** Extracted DICOM headers of uploaded files, for inspection. */
@Path("/api/v1/dicom/headers")
@Tag(name = "DICOM", description = "Header extraction and conformance checks of acquired series")
public class DicomResource {

    private final SeriesAssembler assembler;
    private final UploadedStudy uploads;

    public DicomResource(SeriesAssembler assembler, UploadLimits limits) {
        this.assembler = assembler;
        this.uploads = new UploadedStudy(limits);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Headers of uploaded DICOM files or zips, by series",
            description =
                    "Reads headers only (pixels are never decoded): per series the vendor, scanner, field strength, plane and "
                            + "obliquity, classification with its evidence, fat suppression, contrast phase and measured parameters. "
                            + "Files that are not readable MR images are listed by name with the reason; the others are still read.")
    @APIResponse(
            responseCode = "200",
            description = "Series and unreadable files",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = HeaderExtraction.class)))
    @APIResponse(
            responseCode = "400",
            description = "Empty upload, unsafe or bomb zip",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = "Upload over the configured limits",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HeaderExtraction headers(@RestForm(FileUpload.ALL) List<FileUpload> files) {
        return uploads.read(files, assembler);
    }
}
