package io.github.cutoverguard.engine.guard;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the build did with its tests, as far as the fallback check needs it: the switches that skip or select tests,
 * and the directories of the compiled classes a test report must be at least as new as.
 *
 * @param switches         the build's {@link TestSwitch}es that are set (a {@code false} one may be listed: it skips nothing)
 * @param classDirectories the build's class directories, e.g. {@code target/classes} and {@code target/test-classes}
 *                         (absent ones are fine)
 */
public record TestRun(List<TestSwitch> switches, List<Path> classDirectories) {

    /** No switch and no class directory: every report counts, as long as its tests ran. */
    public static final TestRun NONE = new TestRun(List.of(), List.of());

    public TestRun {
        switches = switches == null ? List.of() : switches.stream().filter(Objects::nonNull).toList();
        classDirectories = classDirectories == null ? List.of() : classDirectories.stream().filter(Objects::nonNull).toList();
    }
}
