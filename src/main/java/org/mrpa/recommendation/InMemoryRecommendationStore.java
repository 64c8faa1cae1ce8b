package org.mrpa.recommendation;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Recommendations kept in memory (lost on restart; persistence is a later issue). */
public final class InMemoryRecommendationStore implements RecommendationStore {

    private final Map<String, Recommendation> byId = new ConcurrentHashMap<>();

    @Override
    public void save(Recommendation r) {
        byId.put(r.recommendationId(), r);
    }

    @Override
    public Optional<Recommendation> find(String recommendationId) {
        return Optional.ofNullable(byId.get(recommendationId));
    }
}
