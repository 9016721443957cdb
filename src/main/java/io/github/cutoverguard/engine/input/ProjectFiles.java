package io.github.cutoverguard.engine.input;

import java.nio.file.Path;

/**
 * Resolves configured paths against the project directory and names files the way users wrote
 * them: relative to the project with forward slashes when inside it, absolute otherwise.
 */
public record ProjectFiles(Path basedir) {

    public ProjectFiles {
        basedir = basedir.toAbsolutePath().normalize();
    }

    /** {@code path} resolved against the project directory. */
    public Path resolve(Path path) {
        return basedir.resolve(path).normalize();
    }

    /** How {@code path} is shown in breaches and reports. */
    public String display(Path path) {
        Path absolute = resolve(path);
        if (absolute.startsWith(basedir) && !absolute.equals(basedir)) {
            return basedir.relativize(absolute).toString().replace('\\', '/');
        }
        return absolute.toString().replace('\\', '/');
    }
}
