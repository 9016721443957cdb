package io.github.cutoverguard.engine.input;

import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * Resolves configured paths against the project directory, and is the one place that decides how a path is shown in
 * breaches, hints, logs and reports: as the user wrote it, relative to the project with forward slashes, never the
 * machine's absolute path. A path outside the project is shown as the project reaches it ({@code ../inventory-service}
 * for a POM's {@code <producerRepository>../inventory-service</producerRepository>}, which Maven hands over resolved).
 */
public record ProjectFiles(Path basedir) {

    public ProjectFiles {
        basedir = basedir.toAbsolutePath().normalize();
    }

    /** {@code path} resolved against the project directory. */
    public Path resolve(Path path) {
        return basedir.resolve(path).normalize();
    }

    /**
     * How {@code path} is shown in breaches and reports: relative to the project ({@code config/pin.json}, {@code .} for
     * the project itself, {@code ../inventory-service} beside it). Only a path on another file system root (another
     * Windows drive), which no relative path reaches, is shown by its file name.
     */
    public String display(Path path) {
        Path absolute = resolve(path);
        if (absolute.equals(basedir)) {
            return ".";
        }
        if (!absolute.getRoot().equals(basedir.getRoot())) {
            Path name = absolute.getFileName();
            return name == null ? "." : name.toString();
        }
        return basedir.relativize(absolute).toString().replace('\\', '/');
    }

    /**
     * An exception as messages show it: its kind and, for a file system error, its reason only ({@code
     * AccessDeniedException}, {@code FileSystemException: Read-only file system}), since a file system error's message
     * carries the absolute paths of its files, and the message it goes into names the file as the user wrote it.
     */
    public static String describe(Exception e) {
        String kind = e.getClass().getSimpleName();
        if (e instanceof FileSystemException fileSystem) {
            return fileSystem.getReason() == null ? kind : kind + ": " + fileSystem.getReason();
        }
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }

    /**
     * {@code text} (a library's message) with the absolute path of {@code directory}, written as a path or as a
     * {@code file:} URI, replaced by {@code shown}, how the user named it: {@code
     * FileNotFoundException: file:///home/ci/shop/contracts/sku.schema.json} becomes {@code
     * FileNotFoundException: contracts/sku.schema.json} for {@code contracts} shown as {@code contracts}.
     */
    public static String withPathShown(String text, Path directory, String shown) {
        Path absolute = directory.toAbsolutePath().normalize();
        String prefix = shown.isEmpty() || shown.equals(".") ? "" : shown + "/";
        String uri = absolute.toUri().toString();
        uri = uri.endsWith("/") ? uri : uri + "/";
        String path = absolute.toString().replace('\\', '/');
        String result = text.replace(uri, prefix).replace("file:" + path + "/", prefix).replace(path + "/", prefix);
        String itself = shown.isEmpty() ? "." : shown;
        return result.replace("file:" + path, itself).replace(absolute.toString(), itself).replace(path, itself);
    }
}
