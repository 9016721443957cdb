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
     * {@code file} (relative to the module) relative to the root with {@code /} separators.
     *
     * @throws IllegalArgumentException when it lies outside the root ({@link #inside})
     */
    public String path(String file) {
        Path absolute = basedir.resolve(file).normalize();
        if (!absolute.startsWith(root)) {
            throw new IllegalArgumentException(file + " lies outside the repository root");
        }
        return root.relativize(absolute).toString().replace('\\', '/');
    }

    /** Whether {@code file} (relative to the module) lies inside the root, where code scanning can place it. */
    public boolean inside(String file) {
        return basedir.resolve(file).normalize().startsWith(root);
    }

    /**
     * Where a report places the breach, relative to the root: its file, or the module's {@code pom.xml} when it names
     * none or a file outside the root (a producer clone beside the checkout: {@code ../inventory-service/...}), which
     * code scanning and workflow annotations cannot show; such a breach's text names the file ({@link #textOf}).
     */
    public String fileOf(Breach breach) {
        return path(placedInItsFile(breach) ? breach.file() : "pom.xml");
    }

    /** Whether the breach is placed in its own file, at its line: it names one, inside the root. */
    public boolean placedInItsFile(Breach breach) {
        return breach.file() != null && inside(breach.file());
    }

    /**
     * The breach's message and hint as a placed report shows them, led by its file and position when it is placed at
     * the {@code pom.xml} instead ({@code ../inventory-service/contracts/stock.v6.json:3:5: ...}).
     */
    public String textOf(Breach breach) {
        String where = breach.file() == null || placedInItsFile(breach) ? "" : breach.location().in(breach.file()) + ": ";
        return where + breach.message() + " (" + breach.hint() + ")";
    }
}
