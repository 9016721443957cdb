package io.github.cutoverguard.engine.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;

/**
 * The plugin's own project URL, from the POM's {@code <url>} (filtered into {@code plugin.properties} at build
 * time), and the documentation address of each rule: the README's rule table, one anchor per rule.
 */
public final class PluginInfo {

    /** The project's home page, e.g. its repository. */
    public static final String URL = load().getProperty("url");

    private PluginInfo() {
    }

    /** Where a rule is documented: {@code <url>#rule-guard-pin-changed} for {@code GUARD-PIN-CHANGED}. */
    public static String ruleUri(String ruleId) {
        return URL + "#" + anchor(ruleId);
    }

    /** The README anchor of a rule's row: {@code rule-} and the rule ID in lower case. */
    public static String anchor(String ruleId) {
        return "rule-" + ruleId.toLowerCase(Locale.ROOT);
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = PluginInfo.class.getResourceAsStream("/io/github/cutoverguard/plugin.properties")) {
            if (in == null) {
                throw new IllegalStateException("plugin.properties is missing from the plugin jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
