package org.mrpa.recommendation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Recommendations kept in memory, the most recent {@code capacity} of them (older ones are dropped; everything is lost
 * on restart). For unit tests and benchmarks of the rules; the service stores recommendations in the database.
 */
public final class InMemoryRecommendationStore implements RecommendationStore {

    private final Map<String, Recommendation> byId;

    public InMemoryRecommendationStore(int capacity) {
        this.byId = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Recommendation> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public synchronized void save(RecommendationRequest request, Recommendation r) {
        byId.put(r.recommendationId(), r);
    }

    @Override
    public synchronized Optional<Recommendation> find(String recommendationId) {
        return Optional.ofNullable(byId.get(recommendationId));
    }

    @Override
    public synchronized Optional<Recommendation> findByAccession(String accessionNumber) {
        Recommendation latest = null;
        for (Recommendation r : byId.values()) {
            if (accessionNumber.equals(r.accessionNumber())) {
                latest = r;
            }
        }
        return Optional.ofNullable(latest);
    }
}
