package org.mrpa;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rooms of the code and what each may import: dependencies point inward, no cycles between rooms, the domain is
 * plain Java, only dicom/ and ingest/ touch the DICOM toolkit, only store/ the database.
 */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mrpa");

    /** Each room and the other rooms it may import (its own sub-packages are always allowed). */
    static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("advice", Set.of());
        ALLOWED.put("protocol", Set.of());
        ALLOWED.put("indication", Set.of("advice", "protocol"));
        ALLOWED.put("screening", Set.of("advice", "protocol", "indication"));
        ALLOWED.put("recommendation", Set.of("advice", "protocol", "indication", "screening"));
        ALLOWED.put("dicom", Set.of("protocol"));
        ALLOWED.put("conformance", Set.of("advice", "protocol", "screening", "recommendation", "dicom"));
        ALLOWED.put("order", Set.of("advice", "protocol", "screening", "recommendation"));
        ALLOWED.put(
                "study", Set.of("advice", "protocol", "screening", "recommendation", "dicom", "conformance", "order"));
        ALLOWED.put(
                "store",
                Set.of("advice", "protocol", "screening", "recommendation", "dicom", "conformance", "order", "study"));
        ALLOWED.put("ingest", Set.of("dicom", "study", "store"));
        // the outer rooms: the REST resources and the start-up wiring may use every inner room, never each other
        Set<String> inner = Set.copyOf(ALLOWED.keySet());
        ALLOWED.put("api", inner);
        ALLOWED.put("app", inner);
    }

    @TestFactory
    Stream<DynamicTest> eachRoomImportsOnlyTheRoomsItMayUse() {
        return ALLOWED.entrySet().stream()
                .map(room -> DynamicTest.dynamicTest(room.getKey(), () -> {
                    String[] forbidden = ALLOWED.keySet().stream()
                            .filter(other -> !other.equals(room.getKey())
                                    && !room.getValue().contains(other))
                            .map(other -> "org.mrpa." + other + "..")
                            .toArray(String[]::new);
                    noClasses()
                            .that()
                            .resideInAPackage("org.mrpa." + room.getKey() + "..")
                            .should()
                            .dependOnClassesThat()
                            .resideInAnyPackage(forbidden)
                            .allowEmptyShould(true)
                            .check(CLASSES);
                }));
    }

    @Test
    void everyPackageIsARoomWithARule() {
        List<String> rooms = CLASSES.stream()
                .map(c -> c.getPackageName())
                .filter(p -> !p.equals("org.mrpa"))
                .map(p -> p.substring("org.mrpa.".length()).split("\\.")[0])
                .distinct()
                .filter(r -> !ALLOWED.containsKey(r))
                .toList();
        org.assertj.core.api.Assertions.assertThat(rooms)
                .as("rooms without an import rule in ArchitectureTest.ALLOWED")
                .isEmpty();
    }

    @Test
    void roomsHaveNoCycles() {
        slices().matching("org.mrpa.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

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
                        "io.vertx..")
                .check(CLASSES);
    }

    @Test
    void onlyTheStoreUsesPersistence() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.mrpa.store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "org.hibernate..", "java.sql..", "io.agroal..")
                .check(CLASSES);
    }

    @Test
    void outsideTheStoreOnlyDatabaseFailuresIsUsed() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.mrpa.store..", "org.mrpa.app..")
                .should()
                .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "store classes other than DatabaseFailures",
                        c -> c.getPackageName().startsWith("org.mrpa.store")
                                && !c.getSimpleName().equals("DatabaseFailures")))
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
