package org.mrpa.dicom;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A measured parameter of a series: one value, or the distinct values when it varies between instances or frames.
 *
 * @param value  the value when it is the same throughout; null when it varies
 * @param values every distinct value, ascending
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeasuredValue(Double value, List<Double> values, boolean varies) {

    static MeasuredValue of(java.util.Collection<Double> distinct) {
        List<Double> sorted = distinct.stream().distinct().sorted().toList();
        return sorted.size() == 1
                ? new MeasuredValue(sorted.get(0), sorted, false)
                : new MeasuredValue(null, sorted, true);
    }
}
