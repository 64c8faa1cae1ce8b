package org.mrpa;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies point inward: the domain is plain Java, only dicom/ touches the DICOM toolkit, only audit/ the database. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mrpa");

    @Test
    void domainPackagesAreFrameworkFree() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.mrpa.protocol..",
                        "org.mrpa.indication..",
                        "org.mrpa.screening..",
                        "org.mrpa.recommendation..",
                        "org.mrpa.advice..",
                        "org.mrpa.conformance..",
                        "org.mrpa.dicom..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.quarkus..",
                        "jakarta.ws.rs..",
                        "jakarta.enterprise..",
                        "jakarta.persistence..",
                        "org.hibernate..",
                        "io.vertx..",
                        "org.mrpa.api..",
                        "org.mrpa.app..",
                        "org.mrpa.audit..")
                .check(CLASSES);
    }

    @Test
    void onlyTheAuditPackageUsesPersistence() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.mrpa.audit..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "org.hibernate..", "java.sql..", "io.agroal..")
                .check(CLASSES);
    }

    @Test
    void onlyTheDicomPackageAndTheNetworkListenerUseTheDicomToolkit() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.mrpa.dicom..", "org.mrpa.ingest..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.pixelmed..", "org.dcm4che3..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}
