package io.newsmonitor.local.compose;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compose's interpolation of one string: {@code $$} is a literal {@code $}; {@code ${NAME}}, {@code $NAME},
 * {@code ${NAME:-default}} (default when unset or empty) and {@code ${NAME-default}} (default when unset) take
 * the variable's value, empty when it is unset and has no default.
 */
final class ComposeVariables {

    private static final Pattern REFERENCE = Pattern.compile("\\$(\\$|\\{([^}]*)}|([A-Za-z_][A-Za-z0-9_]*))");
    private static final Pattern BRACED = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)(.*))?");

    private final Map<String, String> variables;

    ComposeVariables(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    String interpolate(String text) {
        Matcher reference = REFERENCE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (reference.find()) {
            reference.appendReplacement(result, Matcher.quoteReplacement(valueOf(reference, text)));
        }
        reference.appendTail(result);
        return result.toString();
    }

    private String valueOf(Matcher reference, String text) {
        if (reference.group(1).equals("$")) {
            return "$";
        }
        if (reference.group(3) != null) {
            return variables.getOrDefault(reference.group(3), "");
        }
        Matcher braced = BRACED.matcher(reference.group(2));
        if (!braced.matches()) {
            throw new IllegalArgumentException("Cannot interpolate ${" + reference.group(2) + "} in '" + text
                    + "': only ${NAME}, ${NAME:-default} and ${NAME-default} are understood here");
        }
        String value = variables.get(braced.group(1));
        if (braced.group(2) == null) {
            return value == null ? "" : value;
        }
        boolean useDefault = braced.group(2).equals(":-") ? value == null || value.isEmpty() : value == null;
        return useDefault ? braced.group(3) : value;
    }
}
