package org.mrpa.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mrpa.dicom.vendor.Vendor;
import org.mrpa.protocol.FatSuppression;
import org.mrpa.protocol.Plane;
import org.mrpa.protocol.catalog.CatalogLoader;

/**
 * Reads every file of the shared corpus of real MR DICOM (../shared/dicom-corpus, see its MANIFEST.md) and checks
 * the series whose type the MANIFEST makes clear. The corpus is not copied into the project.
 */
class DicomCorpusTest {

    static final Path CORPUS = Path.of(System.getProperty("mrpa.dicomCorpus", "../shared/dicom-corpus"));
    static HeaderExtractor extractor;
    static Map<String, HeaderExtraction> byFolder = new TreeMap<>();

    @BeforeAll
    static void readCorpus() throws IOException {
        assertThat(CORPUS).as("the shared DICOM corpus beside the checkout").isDirectory();
        extractor = new HeaderExtractor(
                new CatalogLoader().load(Path.of("protocols")).headerClassification());
        try (Stream<Path> vendors = Files.list(CORPUS)) {
            for (Path vendor : vendors.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> series = Files.list(vendor)) {
                    for (Path s : series.filter(Files::isDirectory).sorted().toList()) {
                        byFolder.put(CORPUS.relativize(s).toString(), extractor.extract(s));
                    }
                }
            }
        }
    }

    @Test
    void readsEveryFileOfTheCorpusWithoutError() {
        assertThat(byFolder).hasSize(44);
        assertThat(byFolder.values().stream().flatMap(h -> h.unreadable().stream()))
                .isEmpty();
        assertThat(byFolder.values().stream()
                        .flatMap(h -> h.series().stream())
                        .mapToInt(SeriesHeader::instances)
                        .sum())
                .isEqualTo(101);
        assertThat(byFolder.values().stream().flatMap(h -> h.series().stream()).map(SeriesHeader::classification))
                .isNotEmpty();
    }

    static SeriesHeader only(String folder) {
        List<SeriesHeader> s = byFolder.get(folder).series();
        assertThat(s).as(folder).hasSize(1);
        return s.get(0);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "canon_toshiba/epi_dti_sag30_galan3t_v5.0_classic, DWI",
        "canon_toshiba/epi_dti_sag_galan3t_v6.1_classic, DWI",
        "canon_toshiba/epi_dti_sag_galan3t_v6.1_enhanced, DWI",
        "canon_toshiba/fe_3axis_locator_galan3t_v4.0, LOCALIZER",
        "canon_toshiba/se_ax_acr_galan3t_v4.0, T1",
        "ge/epi_dwi_tensor_ax_signa_pioneer_mr29, DWI",
        "ge/epi_fmri_ax_discovery_mr750_dv26, GRE",
        "ge/ir_cor_t1relax_ti200_optima450w_dv25, STIR",
        "ge/irspgr_3d_sag_signa_hdxt_hd16_deidentified, T1",
        "ge/mprage_3d_ax_signa_pioneer_mr29, T1",
        "ge/se_t1_ax_acr_signa_premier_rx29, T1",
        "ge/se_t2_ax_acr_signa_premier_rx29, T2",
        "ge/ssfse_3plane_localizer_signa_premier_rx29, LOCALIZER",
        "philips/epi_dti_elitionx_r5.7_classic, DWI",
        // issue 12: a 2D spoiled gradient echo with short TR/TE and flip 80 deg is T1-weighted, not T2-star (was GRE)
        "philips/ffe_t1_ingenia_elitionx_r5.7_csense2_enhanced, T1_GRE",
        "philips/ffe_t1_ingenia_elitionx_r5.7_csense4_classic, T1_GRE",
        // issue 12: pCASL, multi-echo relaxometry and perfusion EPI are no protocol sequence: unidentified, with the
        // reason
        "philips/grase_3dpcasl_fatsat_elitionx_r5.7_classic, UNIDENTIFIED",
        "philips/grase_3dpcasl_fatsat_elitionx_r5.7_enhanced, UNIDENTIFIED",
        "philips/se_multiecho_cor_t2relax_ingenia_3t_r5.4, UNIDENTIFIED",
        "ge/fse_multiecho_cor_t2relax_optima450w_dv25, UNIDENTIFIED",
        "philips/ir_se_cor_t1relax_ti200_ingenia_r5.3, STIR",
        "philips/se_t1_ax_acr_achieva_r5.7, T1",
        "philips/se_t1_t5_wg04_j2k_lossless, T1",
        "philips/tfe_mprage_sag_elitionx_r5.7_classic, T1",
        "philips/tse_t1_tra_ingenia_elitionx_r11_enhanced, T1",
        "siemens/epi_ax_trio_vb17_transfer_syntaxes, GRE",
        "siemens/epi_bold_sag_prisma_xa30_classic, GRE",
        "siemens/epi_bold_sag_prisma_xa30_enhanced, GRE",
        "siemens/epi_dwi_sag_prismafit_e11, DWI",
        "siemens/epi_dwi_tra_prismafit_xa30_enhanced, DWI",
        "siemens/epi_fid_vida_xa20_enhanced_after_agfa_pacs, UNIDENTIFIED",
        "siemens/epi_fid_vida_xa20_enhanced_original, UNIDENTIFIED",
        "siemens/gre3d_vibe_fs_tra_avanto_vb11_derived_mpr, DERIVED",
        "siemens/mprage_tfl3d_prismafit_xa30_enhanced, T1",
        "siemens/se_ir_cor_t1relax_ti200_aera_d13, STIR",
        "siemens/se_t1_ax_acr_aera_e11, T1",
        "siemens/se_t1_ax_acr_sola_xa61_enhanced, T1",
        "siemens/se_t2_ax_acr_aera_e11, T2",
        "siemens/se_t2_ax_acr_skyra_xa30_classic, T2",
        "uih/epi_dti_tra_umr770, DWI",
        "uih/gre_ir_3d_sag_umr770, T1"
    })
    void classifiesTheSeriesWhoseTypeTheManifestMakesClear(String folder, SeriesClass expected) {
        SeriesHeader s = only(folder);
        assertThat(s.classification()).as(folder + " " + s.evidence()).isEqualTo(expected);
        assertThat(s.evidence()).isNotEmpty();
    }

    @Test
    void stirOfTheIrRelaxometryPlatesHasStirFatSuppressionAndTheInversionTime() {
        SeriesHeader s = only("siemens/se_ir_cor_t1relax_ti200_aera_d13");
        assertThat(s.fatSuppression()).isEqualTo(FatSuppression.STIR);
        assertThat(s.parameters().get("InversionTime").value()).isEqualTo(200.0);
        assertThat(s.nominalFieldStrengthT()).isEqualTo(1.5);
        assertThat(s.plane()).isEqualTo(Plane.COR);
    }

    @Test
    void postContrastVibeRecordsTheAgentAndSpectralFatSuppression() {
        SeriesHeader s = only("siemens/gre3d_vibe_fs_tra_avanto_vb11_derived_mpr");
        assertThat(s.contrastPhase()).isEqualTo(AcquiredContrastPhase.POST);
        assertThat(s.contrastAgent()).isEqualTo("11 ml Omniscan");
        assertThat(s.fatSuppression()).isEqualTo(FatSuppression.SPECTRAL);
        assertThat(s.fieldStrengthT()).isEqualTo(1.4939999580383);
        assertThat(s.nominalFieldStrengthT()).isEqualTo(1.5);
    }

    @Test
    void emptyContrastAgentIsUnknownNotNone() {
        SeriesHeader s = only("philips/epi_dti_elitionx_r5.7_classic");
        assertThat(s.contrastPhase()).isEqualTo(AcquiredContrastPhase.UNKNOWN);
        assertThat(s.evidence()).contains("ContrastBolusAgent present but empty: contrast unknown, not none");
    }

    @Test
    void obliqueAxialNamedSagittalIsReadFromGeometryNotFromTheDescription() {
        SeriesHeader s = only("canon_toshiba/epi_dti_sag30_galan3t_v5.0_classic");
        assertThat(s.seriesDescription()).isEqualTo("DTI SAG 30d");
        assertThat(s.plane()).isEqualTo(Plane.AX);
        assertThat(s.obliquityDeg()).isEqualTo(30.0);
        assertThat(s.vendor()).isEqualTo(Vendor.CANON);
    }

    @Test
    void threePlaneLocalizerHasNoSinglePlane() {
        SeriesHeader s = only("ge/ssfse_3plane_localizer_signa_premier_rx29");
        assertThat(s.mixedOrientations()).isTrue();
        assertThat(s.plane()).isNull();
        assertThat(s.instances()).isEqualTo(3);
    }

    @Test
    void enhancedFilesReadTheirFunctionalGroups() {
        SeriesHeader tse = only("philips/tse_t1_tra_ingenia_elitionx_r11_enhanced");
        assertThat(tse.enhanced()).isTrue();
        assertThat(tse.frames()).isEqualTo(12);
        assertThat(tse.parameters().get("EchoTrainLength").value()).isEqualTo(7.0);
        assertThat(tse.parameters().get("SliceThickness").value()).isEqualTo(4.0);
        assertThat(tse.parameters().get("AcquisitionMatrix").values()).containsExactly(203.0, 256.0);
        SeriesHeader mprage = only("siemens/mprage_tfl3d_prismafit_xa30_enhanced");
        assertThat(mprage.frames()).isEqualTo(96);
        assertThat(mprage.parameters().get("InversionTime").value()).isEqualTo(900.0);
        assertThat(mprage.parameters().get("EchoTime").value()).isEqualTo(2.41);
    }

    @Test
    void noProtocolSequenceIsNamedWithItsReason() {
        assertThat(only("philips/grase_3dpcasl_fatsat_elitionx_r5.7_classic").classifiedBy())
                .startsWith("perfusion (ImageType ORIGINAL\\PRIMARY\\PERFUSION_FFE\\PERFUSION\\FFE)");
        assertThat(only("siemens/epi_fid_vida_xa20_enhanced_original").classifiedBy())
                .isEqualTo("perfusion (ImageType ORIGINAL\\PRIMARY\\PERFUSION\\NONE): arterial spin labelling or"
                        + " bolus-tracking time series, not a protocol sequence, unidentified");
        assertThat(only("philips/se_multiecho_cor_t2relax_ingenia_3t_r5.4").classifiedBy())
                .isEqualTo(
                        "multi-echo spin echo (TE [8.0, 16.0, 24.0] ms): relaxometry, not one weighting, unidentified");
        assertThat(only("philips/ffe_t1_ingenia_elitionx_r5.7_csense4_classic").classifiedBy())
                .isEqualTo("spoiled gradient echo, TR 256.445 ms, TE 3.568 ms, flip 80 deg: T1-weighted gradient echo");
    }

    @Test
    void multiEchoSeriesReportsTheEchoTimeAsVarying() {
        SeriesHeader s = only("philips/se_multiecho_cor_t2relax_ingenia_3t_r5.4");
        assertThat(s.parameters().get("EchoTime").varies()).isTrue();
        assertThat(s.parameters().get("EchoTime").values()).containsExactly(8.0, 16.0, 24.0);
    }

    @Test
    void everyTransferSyntaxOfOneImageGivesTheSameSeries() {
        SeriesHeader s = only("siemens/epi_ax_trio_vb17_transfer_syntaxes");
        assertThat(s.instances()).isEqualTo(7);
        assertThat(s.parameters().get("RepetitionTime").value()).isEqualTo(3000.0);
    }

    @Test
    void pacsRenumberedPrivateTagsDoNotChangeTheResult() {
        SeriesHeader before = only("siemens/epi_fid_vida_xa20_enhanced_original");
        SeriesHeader after = only("siemens/epi_fid_vida_xa20_enhanced_after_agfa_pacs");
        assertThat(after.classification()).isEqualTo(before.classification());
        assertThat(after.parameters()).isEqualTo(before.parameters());
        assertThat(after.evidence()).isEqualTo(before.evidence());
    }

    @Test
    void vendorIsMatchedByPrefixAcrossSoftwareGenerations() {
        assertThat(only("siemens/se_t1_ax_acr_aera_e11").vendor()).isEqualTo(Vendor.SIEMENS);
        assertThat(only("siemens/se_t2_ax_acr_skyra_xa30_classic").vendor()).isEqualTo(Vendor.SIEMENS);
        assertThat(only("philips/se_t1_ax_acr_achieva_r5.7").vendor()).isEqualTo(Vendor.PHILIPS);
        assertThat(only("canon_toshiba/epi_dti_sag_galan3t_v6.1_classic").vendor())
                .isEqualTo(Vendor.CANON);
        assertThat(only("ge/se_t1_ax_acr_signa_premier_rx29").softwareVersions())
                .isEqualTo("29\\LX\\RX29.1_R02_2131.a");
    }
}
