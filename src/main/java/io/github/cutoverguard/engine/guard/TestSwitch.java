package io.github.cutoverguard.engine.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A property Surefire or Failsafe reads to skip or select tests, as this build set it: {@link #SKIPPING} switches
 * ({@code -DskipTests}, {@code -Dmaven.test.skip}, {@code -Dmaven.test.skip.exec}) skip every test, {@link #SELECTING}
 * ones ({@code -Dtest}, Failsafe's {@code -Dit.test}) run only the tests they name.
 *
 * @param property the property, e.g. {@code skipTests} or {@code test}
 * @param value    its value, e.g. {@code true} or {@code InvoiceTotalsTest}
 * @param source   where the build took it from (the first that sets it wins, as Maven resolves a plugin's property)
 */
public record TestSwitch(String property, String value, Source source) {

    /** Properties that skip every test when true (or set without a value). */
    public static final List<String> SKIPPING = List.of("skipTests", "maven.test.skip", "maven.test.skip.exec");

    /** Properties that select the tests to run: Surefire's {@code test}, Failsafe's {@code it.test}. */
    public static final List<String> SELECTING = List.of("test", "it.test");

    /** Where a property was set, in the order Maven resolves a plugin parameter's property. */
    public enum Source {
        /** A user property: {@code -D} on the command line or in {@code .mvn/maven.config}. */
        USER,
        /** A project property: the POM's {@code <properties>}, its parent's or an active profile's. */
        PROJECT,
        /** A system property of Maven's JVM (e.g. {@code MAVEN_OPTS}, {@code .mvn/jvm.config}). */
        SYSTEM
    }

    public TestSwitch {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }

    /**
     * The {@link #SKIPPING} and {@link #SELECTING} properties a build sets, each as Maven resolves a plugin's property:
     * a user property ({@code -D}, {@code .mvn/maven.config}) over a project property over a system property.
     * Any of the three may be {@code null}.
     */
    public static List<TestSwitch> resolved(Properties user, Properties project, Properties system) {
        List<TestSwitch> switches = new ArrayList<>();
        for (String property : Stream.concat(SKIPPING.stream(), SELECTING.stream()).toList()) {
            for (Source source : Source.values()) {
                Properties properties = source == Source.USER ? user : source == Source.PROJECT ? project : system;
                String value = properties == null ? null : properties.getProperty(property);
                if (value != null) {
                    switches.add(new TestSwitch(property, value, source));
                    break;
                }
            }
        }
        return List.copyOf(switches);
    }

    /** Whether this switch skips every test: a {@link #SKIPPING} property that is {@code true} or empty. */
    boolean skips() {
        return SKIPPING.contains(property) && (value.isBlank() || value.strip().equalsIgnoreCase("true"));
    }

    /** Whether this switch selects the tests to run: a non-blank {@link #SELECTING} property. */
    boolean selects() {
        return SELECTING.contains(property) && !value.isBlank();
    }

    /** As the user set it: {@code -DskipTests}, {@code -Dtest=InvoiceTotalsTest}, or the project property. */
    String shown() {
        String assignment = skips() && (value.isBlank() || value.strip().equals("true")) ? property
                : property + "=" + value.strip();
        return source == Source.PROJECT ? "project property " + property + "=" + value.strip() : "-D" + assignment;
    }
}
