package io.github.cutoverguard.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluator;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Configuration values checked like configuration names (DESIGN §7): Maven turns any text other than {@code true} into
 * {@code false} for a boolean parameter, so {@code <failOnBreach>ture</failOnBreach>} would quietly make the build
 * warn-only. Every boolean is {@code true} or {@code false}, every number within its range and every enumeration among
 * its values, whether written in the POM, set by a property ({@code -Dcutover.failOnBreach}, {@code .mvn/maven.config},
 * a POM property) or built from an expression; a wrong value is a configuration error naming the parameter and what it
 * accepts.
 */
final class ParameterValues {

    /** The smallest value each numeric parameter accepts. */
    private static final Map<String, Long> MINIMUM = Map.of(
            "maxInputBytes", 1L,
            "waiverWarningDays", 0L,
            "maxWaiverDays", 0L,
            "defaultTimeoutMs", 100L,
            "minimumOverlapDays", 0L,
            "parityThreads", 1L,
            "maxBreachesPerRule", 1L);

    /**
     * The parameters that hold lists of objects, with the class Maven fills: their fields' values are
     * checked too, e.g. {@code <document><requireUpdatedMarker>ture</requireUpdatedMarker>}.
     */
    private static final Map<String, Class<?>> NESTED = Map.of("documents", Document.class,
            "followUps", FollowUpParameter.class);

    /** The values each enumerated (String-typed) parameter accepts. */
    private static final Map<String, List<String>> VALUES = Map.of("mode", List.of("rehearsal", "cutover"),
            "errorCodeComparison", List.of("equal", "subset", "superset"));

    private ParameterValues() {
    }

    /**
     * Checks the value of every parameter of the plugin's goals that {@code configuration} sets or whose property is set,
     * as {@code evaluator} resolves it.
     *
     * @throws MojoExecutionException naming every wrong value and what its parameter accepts
     */
    static void require(PluginDescriptor descriptor, Xpp3Dom configuration, ExpressionEvaluator evaluator)
            throws MojoExecutionException {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (MojoDescriptor mojo : descriptor.getMojos()) {
            if (mojo.getParameters() != null) {
                mojo.getParameters().forEach(p -> parameters.putIfAbsent(p.getName(), p));
            }
        }
        List<String> problems = new ArrayList<>();
        for (Parameter parameter : parameters.values()) {
            Xpp3Dom element = configuration == null ? null : configuration.getChild(parameter.getName());
            if (element == null && configuration != null && parameter.getAlias() != null && !parameter.getAlias().isEmpty()) {
                element = configuration.getChild(parameter.getAlias());
            }
            String raw = element != null ? element.getValue() : parameter.getExpression();
            if (raw == null || element == null && !raw.startsWith("${")) {
                continue;
            }
            String where = element != null ? "<" + parameter.getName() + ">" : "<" + parameter.getName() + "> ("
                    + raw.substring(2, raw.length() - 1) + ")";
            Optional<Object> evaluated = evaluated(where, raw, evaluator, problems);
            if (evaluated.isPresent() && evaluated.get() instanceof String text) {
                String problem = problem(parameter, text.trim());
                if (problem != null) {
                    problems.add("Invalid " + where + ": '" + text + "' " + problem);
                }
            }
        }
        NESTED.forEach((name, type) -> nested(configuration == null ? null : configuration.getChild(name), name, type,
                evaluator, problems));
        if (!problems.isEmpty()) {
            throw new MojoExecutionException(String.join("; ", problems));
        }
    }

    /** The boolean fields of the objects of parameter {@code name}: {@code true} or {@code false}, as at the top level. */
    private static void nested(Xpp3Dom element, String name, Class<?> type, ExpressionEvaluator evaluator,
                               List<String> problems) {
        if (element == null) {
            return;
        }
        for (Xpp3Dom object : element.getChildren()) {
            for (java.lang.reflect.Field field : type.getDeclaredFields()) {
                Xpp3Dom value = object.getChild(field.getName());
                if (value == null || value.getValue() == null || field.getType() != boolean.class) {
                    continue;
                }
                String where = "<" + name + "><" + object.getName() + "><" + field.getName() + ">";
                evaluated(where, value.getValue(), evaluator, problems).ifPresent(evaluated -> {
                    String problem = notBoolean(evaluated == NULL ? "" : evaluated.toString().trim(), ")");
                    if (problem != null) {
                        problems.add("Invalid " + where + ": '" + (evaluated == NULL ? null : evaluated) + "' " + problem);
                    }
                });
            }
        }
    }

    /** Stands for an expression that evaluated to {@code null} (an {@link Optional} cannot hold it). */
    private static final Object NULL = new Object();

    /**
     * What {@code raw} ({@code where} names it) evaluates to, {@link #NULL} for {@code null}; empty, with the problem
     * added, when it cannot be evaluated.
     */
    private static Optional<Object> evaluated(String where, String raw, ExpressionEvaluator evaluator, List<String> problems) {
        try {
            Object value = evaluator.evaluate(raw);
            return Optional.of(value == null ? NULL : value);
        } catch (ExpressionEvaluationException e) {
            problems.add(where + ": " + raw + " cannot be evaluated (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    /** Why {@code value} is no boolean ({@code consequence} closes the parenthesis), or {@code null} for true or false. */
    private static String notBoolean(String value, String consequence) {
        return value.equals("true") || value.equals("false") ? null
                : "is not a boolean: write true or false (Maven reads any other text as false" + consequence;
    }

    /** What is wrong with {@code value} for {@code parameter}, or {@code null}. */
    private static String problem(Parameter parameter, String value) {
        String type = parameter.getType() == null ? "" : parameter.getType();
        switch (type) {
            case "boolean", "java.lang.Boolean" -> {
                return notBoolean(value, parameter.getName().equals("failOnBreach")
                        ? ", which would make every breach a warning)" : ")");
            }
            case "int", "java.lang.Integer", "long", "java.lang.Long" -> {
                long number;
                try {
                    number = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    return "is not a whole number";
                }
                if (type.startsWith("int") || type.endsWith("Integer")) {
                    if (number > Integer.MAX_VALUE || number < Integer.MIN_VALUE) {
                        return "is out of range: at most " + Integer.MAX_VALUE;
                    }
                }
                Long minimum = MINIMUM.get(parameter.getName());
                return minimum != null && number < minimum ? "is out of range: at least " + minimum : null;
            }
            default -> {
                List<String> accepted = VALUES.get(parameter.getName());
                return accepted == null || accepted.contains(value.toLowerCase(Locale.ROOT)) ? null
                        : "is not one of " + String.join(", ", accepted);
            }
        }
    }
}
