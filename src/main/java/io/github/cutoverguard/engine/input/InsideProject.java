package io.github.cutoverguard.engine.input;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one rule for where project inputs may live (DESIGN §7, "Inputs stay inside"): every input is a regular file
 * inside the project's work tree, reached without a symbolic link. A path that resolves outside the tree, or that is
 * (or passes through) a link inside it, is refused, never followed.
 *
 * <p>The work tree is the git work tree holding the project directory (the nearest directory, the project's own
 * included, with a {@code .git} entry), else the project directory itself. The repository is what review sees: in a
 * multi-module build a module may name a file of a sibling module ({@code ../shared/contracts}), and that file is
 * committed with it; a file outside the repository is not reviewed with the change, and a link is a file whose content
 * lives elsewhere. Directories above the work tree's root (e.g. a CI workspace reached through a link) are not judged.
 * Paths are taken as written (normalized without following links), so what is checked is what is read.
 */
public final class InsideProject {

    /** What every refusal says about the rule, after the fact. */
    public static final String RULE = "inputs must be regular files inside the project";

    private final ProjectFiles files;
    private final Path root;

    private InsideProject(ProjectFiles files, Path root) {
        this.files = files;
        this.root = root;
    }

    /** The rule for {@code files}' project: its work tree is found by walking up from the project directory. */
    public static InsideProject of(ProjectFiles files) {
        Path basedir = files.basedir();
        for (Path dir = basedir; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                return new InsideProject(files, dir);
            }
        }
        return new InsideProject(files, basedir);
    }

    /** The work tree's root: inputs must lie below it. */
    public Path root() {
        return root;
    }

    /**
     * {@code path} (relative to the project, or absolute) resolved, once it is known to lie inside the work tree
     * without passing through a symbolic link; whether it exists is for the reader to say.
     *
     * @param display the path as shown to the user
     * @throws InputProblem {@link InputProblem.Kind#OUTSIDE_PROJECT} or {@link InputProblem.Kind#LINK_NOT_FOLLOWED}
     */
    public Path resolve(Path path, String display) throws InputProblem {
        Optional<Refusal> refusal = refusal(path);
        if (refusal.isPresent()) {
            throw refusal.get().problem(display);
        }
        return files.resolve(path);
    }

    /** Why {@code path} (relative to the project, or absolute) is refused, if it is. */
    public Optional<Refusal> refusal(Path path) {
        Path resolved = files.resolve(path);
        if (!resolved.startsWith(root)) {
            return Optional.of(new Refusal(InputProblem.Kind.OUTSIDE_PROJECT, "lies outside the project's work tree ("
                    + (root.equals(files.basedir()) ? "the project directory" : "the git work tree at " + shown(root))
                    + "); " + RULE));
        }
        Path walked = root;
        for (Path name : root.relativize(resolved)) {
            walked = walked.resolve(name);
            if (Files.isSymbolicLink(walked)) {
                return Optional.of(new Refusal(InputProblem.Kind.LINK_NOT_FOLLOWED, walked.equals(resolved)
                        ? linkDetail(walked) : "is reached through " + shown(walked) + ", which " + linkDetail(walked)));
            }
        }
        return Optional.empty();
    }

    /**
     * Why a path is refused.
     *
     * @param kind   {@link InputProblem.Kind#OUTSIDE_PROJECT} or {@link InputProblem.Kind#LINK_NOT_FOLLOWED}
     * @param detail a sentence fragment after the path, e.g. "is a symbolic link to /shared/pin.json; …"
     */
    public record Refusal(InputProblem.Kind kind, String detail) {

        /** This refusal as the problem of the input shown as {@code display}. */
        public InputProblem problem(String display) {
            return new InputProblem(kind, display + " " + detail);
        }
    }

    /** {@code path} relative to the project directory, e.g. {@code config} or {@code ../shared} (never the machine's path). */
    private String shown(Path path) {
        String relative = files.basedir().relativize(path).toString().replace('\\', '/');
        return relative.isEmpty() ? "." : relative;
    }

    /** E.g. "is a symbolic link to /shared/pin.json; inputs must be regular files inside the project". */
    static String linkDetail(Path link) {
        return "is a symbolic link to " + linkText(link) + "; " + RULE + ", and links are never followed";
    }

    /** The link's own text, as {@code ln -s} was given it (never resolved). */
    static String linkText(Path link) {
        try {
            return Files.readSymbolicLink(link).toString().replace('\\', '/');
        } catch (java.io.IOException | UnsupportedOperationException e) {
            return "an unreadable target";
        }
    }
}
