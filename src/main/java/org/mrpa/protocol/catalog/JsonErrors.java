package org.mrpa.protocol.catalog;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/** Where a JSON/YAML value failed to bind and what is wrong with it, in words a site editor or API client reads. */
public final class JsonErrors {

    private JsonErrors() {}

    /** Path of the failing value, e.g. {@code patient.implants[0].mrLabel}; empty for the whole document. */
    public static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            } else if (r.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            }
        }
        return sb.toString();
    }

    /** What is wrong: unknown field, value not among the allowed ones, or the wrong kind of value. */
    public static String describe(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
            return f.getTargetType().isEnum()
                    ? "'" + f.getValue() + "' is not one of "
                            + Arrays.toString(f.getTargetType().getEnumConstants())
                    : "'" + f.getValue() + "' " + mustBe(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return mustBe(m.getTargetType());
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.ValueInstantiationException) {
            return "is not a valid value here";
        }
        String msg = e.getOriginalMessage();
        int cut = msg.indexOf(" (through reference chain");
        return cut > 0 ? msg.substring(0, cut) : msg;
    }

    private static String mustBe(Class<?> t) {
        if (t.isEnum()) {
            return "must be one of " + Arrays.toString(t.getEnumConstants());
        }
        if (t == Double.class || t == double.class || t == Float.class || t == float.class) {
            return "must be a number";
        }
        if (t == Integer.class || t == int.class || t == Long.class || t == long.class) {
            return "must be a whole number";
        }
        if (t == Boolean.class || t == boolean.class) {
            return "must be true or false";
        }
        if (t == String.class) {
            return "must be a string";
        }
        if (Collection.class.isAssignableFrom(t)) {
            return "must be a list";
        }
        if (Map.class.isAssignableFrom(t) || t.isRecord()) {
            return "must be an object (key: value)";
        }
        return "must be a " + t.getSimpleName().toLowerCase();
    }
}
