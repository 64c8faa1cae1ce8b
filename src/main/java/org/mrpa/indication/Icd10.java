package org.mrpa.indication;

import java.util.Locale;
import java.util.regex.Pattern;

/** ICD-10 code normalisation ("m5416" and "M54.16" are the same code) and prefix matching. */
public final class Icd10 {

    /** An ICD-10(-CM) code as a request may send it: with or without the dot. */
    public static final String REQUEST_PATTERN = "[A-Za-z][0-9][0-9A-Za-z](\\.?[0-9A-Za-z]{1,4})?";

    private static final Pattern CODE = Pattern.compile(REQUEST_PATTERN);

    private Icd10() {}

    public static boolean isValid(String code) {
        return code != null && CODE.matcher(code.trim()).matches();
    }

    /** Upper case, with the dot after the category: {@code m5416} becomes {@code M54.16}. */
    public static String normalise(String code) {
        String c = code.trim().toUpperCase(Locale.ROOT).replace(".", "");
        return c.length() > 3 ? c.substring(0, 3) + "." + c.substring(3) : c;
    }

    /** True when a normalised code falls under a catalog prefix such as {@code M54.1} or {@code C}. */
    public static boolean matches(String normalisedCode, String prefix) {
        return normalisedCode.startsWith(prefix);
    }
}
