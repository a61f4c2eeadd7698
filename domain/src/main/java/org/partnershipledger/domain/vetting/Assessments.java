package org.partnershipledger.domain.vetting;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The standing assessment of each criterion (V2): a later assessment replaces an earlier one. */
final class Assessments {

    private final Map<Criterion, CriterionAssessment> standing = new EnumMap<>(Criterion.class);

    CriterionAssessment of(Criterion criterion) {
        return standing.get(criterion);
    }

    void record(CriterionAssessment assessment) {
        standing.put(assessment.criterion(), assessment);
    }

    /** Forgets these assessments, so that they must be made again (V8). */
    void setAside(Collection<Criterion> criteria) {
        criteria.forEach(standing::remove);
    }

    List<Criterion> unassessed(List<Criterion> required) {
        return required.stream().filter(c -> !standing.containsKey(c)).toList();
    }

    /** V3: the exclusionary criteria assessed NOT_MET. */
    List<Criterion> exclusionsNotMet() {
        return standing.values().stream()
                .filter(a -> a.criterion().isExclusionary() && a.result() == AssessmentResult.NOT_MET)
                .map(CriterionAssessment::criterion).toList();
    }

    List<CriterionAssessment> mitigated() {
        return standing.values().stream().filter(a -> a.result() == AssessmentResult.MITIGATED).toList();
    }
}
