package io.github.cutoverguard.engine.report;

import io.github.cutoverguard.engine.Breach;

import java.nio.file.Path;

/**
 * Where the systems that read reports look for a breach's file: GitHub code scanning and workflow annotations place a
 * path relative to the repository root on a pull request's diff, so a module's {@code config/integration-pin.json}
 * becomes {@code orders-client/config/integration-pin.json}. A breach that names no file is placed at the module's
 * {@code pom.xml} (code scanning rejects a whole upload for one result without a location).
 *
 * @param root    the git work tree root, or the module directory outside git
 * @param basedir the module (project) directory the breaches' paths are relative to
 */
public record ReportLocations(Path root, Path basedir) {

    public ReportLocations {
        root = root.toAbsolutePath().normalize();
        basedir = basedir.toAbsolutePath().normalize();
    }

    /** Paths relative to the module itself: for a project outside any git work tree. */
    public static ReportLocations within(Path basedir) {
        return new ReportLocations(basedir, basedir);
    }

    /**
     * {@code file} (relative to the module, or absolute) relative to the root with {@code /} separators, or as an
     * absolute {@code file:} URI when it lies outside the root.
     */
    public String path(String file) {
        Path absolute = basedir.resolve(file).normalize();
        if (!absolute.startsWith(root)) {
            return absolute.toUri().toString();
        }
        return root.relativize(absolute).toString().replace('\\', '/');
    }

    /** Whether {@link #path} gives a path relative to the root (not an absolute URI). */
    public boolean isRelative(String file) {
        return basedir.resolve(file).normalize().startsWith(root);
    }

    /** The breach's file relative to the root, or the module's {@code pom.xml} when it names none. */
    public String fileOf(Breach breach) {
        return path(breach.file() == null ? "pom.xml" : breach.file());
    }
}
