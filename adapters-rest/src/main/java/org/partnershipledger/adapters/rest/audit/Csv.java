package org.partnershipledger.adapters.rest.audit;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines of comma-separated values as RFC 4180 has them: fields separated by commas, lines ended by CRLF, and a field
 * that holds a comma, a double quote, a CR or an LF enclosed in double quotes, with each double quote inside doubled.
 * A {@code null} is an empty field.
 *
 * <p>One guard beyond the RFC: a field starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a CR is
 * prefixed with an apostrophe, so that a spreadsheet opening the export shows user-entered text (a reason, a name)
 * instead of evaluating it as a formula (OWASP "CSV injection"). No such field is numeric here, and the payload column,
 * which holds the event exactly, is JSON and always starts with <code>{</code>.
 */
final class Csv {

    static final String LINE_END = "\r\n";
    private static final Pattern NEEDS_QUOTES = Pattern.compile("[,\"\r\n]");

    private Csv() {
    }

    static String line(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(fields.get(i)));
        }
        return line.append(LINE_END).toString();
    }

    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = startsLikeAFormula(value) ? "'" + value : value;
        return NEEDS_QUOTES.matcher(text).find() ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static boolean startsLikeAFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
