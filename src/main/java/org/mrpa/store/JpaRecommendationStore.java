package org.mrpa.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.mrpa.recommendation.Recommendation;
import org.mrpa.recommendation.RecommendationRequest;
import org.mrpa.recommendation.RecommendationStore;

/**
 * Recommendations in the database: the request without its Patient ID (a keyed hash is kept only if the site
 * enables it) and the response exactly as the API returned it.
 */
@jakarta.enterprise.context.ApplicationScoped
public class JpaRecommendationStore implements RecommendationStore {

    private final Database db;
    private final ObjectMapper json;
    private final PatientIdHasher patientIds;

    public JpaRecommendationStore(Database db, ObjectMapper json, PatientIdHasher patientIds) {
        this.db = db;
        this.json = json;
        this.patientIds = patientIds;
    }

    @Override
    @Transactional
    public void save(RecommendationRequest request, Recommendation r) {
        RecommendationEntity e = new RecommendationEntity();
        e.id = r.recommendationId();
        e.accessionNumber = r.accessionNumber();
        e.createdAt = r.createdAt().atOffset(ZoneOffset.UTC);
        e.catalogVersion = r.catalogVersion();
        e.supported = r.supported();
        e.protocolId = r.protocol() == null ? null : r.protocol().id();
        e.patientHash = patientIds.storable(request.patientId()).orElse(null);
        RecommendationRequest withoutPatientId = new RecommendationRequest(
                request.accessionNumber(),
                request.indication(),
                request.patient(),
                request.scanner(),
                null,
                request.contrastRoute());
        e.requestJson = write(withoutPatientId);
        e.responseJson = write(r);
        db.session().persist(e);
    }

    @Override
    @Transactional
    public Optional<Recommendation> find(String recommendationId) {
        return Optional.ofNullable(db.session().find(RecommendationEntity.class, recommendationId))
                .map(this::read);
    }

    @Override
    @Transactional
    public Optional<Recommendation> findByAccession(String accessionNumber) {
        List<RecommendationEntity> latest = db.session()
                .createSelectionQuery(
                        "from RecommendationEntity where accessionNumber = :a order by createdAt desc, id desc",
                        RecommendationEntity.class)
                .setParameter("a", accessionNumber)
                .setMaxResults(1)
                .getResultList();
        return latest.stream().findFirst().map(this::read);
    }

    /** The stored request of a recommendation (without Patient ID), for audit. */
    @Transactional
    public Optional<String> requestJson(String recommendationId) {
        return Optional.ofNullable(db.session().find(RecommendationEntity.class, recommendationId))
                .map(e -> e.requestJson);
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + o.getClass().getSimpleName(), e);
        }
    }

    private Recommendation read(RecommendationEntity e) {
        try {
            return json.readValue(e.responseJson, Recommendation.class);
        } catch (JsonProcessingException x) {
            throw new IllegalStateException("Stored recommendation " + e.id + " cannot be read", x);
        }
    }
}
