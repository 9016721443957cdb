package io.github.cutoverguard.engine.docs;

import io.github.cutoverguard.engine.Baseline;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands {@code ${pin.releaseTag}}, {@code ${pin.commitSha}}, {@code ${pin.serviceContract}},
 * {@code ${pin.apiContract}} and {@code ${pin.integrationBaseline}} from the baseline.
 */
public final class PinPlaceholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{pin\\.([A-Za-z]+)}");

    private final Map<String, String> values;

    public PinPlaceholders(Baseline baseline) {
        this.values = new java.util.HashMap<>();
        put("releaseTag", baseline.releaseTag());
        put("commitSha", baseline.commitSha());
        put("serviceContract", baseline.serviceContract());
        put("apiContract", baseline.apiContract());
        put("integrationBaseline", baseline.integrationBaseline());
    }

    private void put(String key, String value) {
        if (value != null) {
            values.put(key, value);
        }
    }

    /**
     * The line with every placeholder replaced.
     *
     * @throws IllegalArgumentException for an unknown placeholder or a baseline field that is not configured
     */
    public String expand(String line) {
        Matcher m = PLACEHOLDER.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("\"" + line + "\" uses ${pin." + m.group(1)
                        + "}: use one of ${pin.releaseTag}, ${pin.commitSha}, ${pin.serviceContract}, "
                        + "${pin.apiContract}, ${pin.integrationBaseline} and configure it in <baseline>");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
