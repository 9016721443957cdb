package io.github.cutoverguard.engine.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which files under a root take part (a contract pack's files, the guard's scanned sources):
 * Ant/Maven-style {@code includes} and {@code excludes} globs matched against paths relative to the
 * root, with {@code /} separators.
 *
 * <p>As in Maven's resource and assembly configuration: {@code **} matches any number of
 * directories, including none (so {@code **&#47;*.json} also matches {@code manifest.json} at the
 * top level), {@code *} matches within one path segment, {@code ?} matches one character, and a
 * pattern ending in {@code /} means everything below that directory. A file is selected when it
 * matches an include and no exclude, so without includes nothing is selected; each goal supplies
 * its own default includes ({@link #orDefault}). Directory and file names match as written (case-sensitive); a file
 * extension, the literal text after the last {@code .} of a pattern's last segment, matches whatever its case, as a
 * person reads it: {@code **&#47;*.json} selects {@code extra-policy.JSON} too.
 */
public final class GlobSelection {

    private final List<String> includes;
    private final List<String> excludes;
    private final List<Glob> includeGlobs;
    private final List<Glob> excludeGlobs;
    private final Set<String> neverEntered;

    /** @param includes globs to select (empty or {@code null}: nothing); @param excludes globs to drop (may be {@code null}) */
    public GlobSelection(List<String> includes, List<String> excludes) {
        this.includes = includes == null ? List.of() : clean(includes);
        this.excludes = excludes == null ? List.of() : clean(excludes);
        this.includeGlobs = this.includes.stream().map(Glob::new).toList();
        this.excludeGlobs = this.excludes.stream().map(Glob::new).toList();
        this.neverEntered = Set.of();
    }

    private GlobSelection(GlobSelection selection, Set<String> neverEntered) {
        this.includes = selection.includes;
        this.excludes = selection.excludes;
        this.includeGlobs = selection.includeGlobs;
        this.excludeGlobs = selection.excludeGlobs;
        this.neverEntered = Set.copyOf(neverEntered);
    }

    /**
     * This selection, but never entering a directory with one of these names, at any depth
     * (e.g. {@code .git}); {@link #toString()} stays that of this selection.
     */
    public GlobSelection neverEntering(String... directoryNames) {
        return new GlobSelection(this, Set.of(directoryNames));
    }

    /**
     * The configured {@code includes}, or {@code defaultIncludes} when none are configured
     * ({@code null}, empty or only blank patterns).
     */
    public static GlobSelection orDefault(List<String> includes, List<String> excludes, List<String> defaultIncludes) {
        return new GlobSelection(includes == null || clean(includes).isEmpty() ? defaultIncludes : includes, excludes);
    }

    /** The effective includes. */
    public List<String> includes() {
        return includes;
    }

    /** The effective excludes. */
    public List<String> excludes() {
        return excludes;
    }

    /** Whether the file at {@code relativePath} (e.g. {@code schemas/a.json}) takes part. */
    public boolean selectsFile(String relativePath) {
        String[] path = segments(relativePath);
        return includeGlobs.stream().anyMatch(g -> g.matches(path)) && excludeGlobs.stream().noneMatch(g -> g.matches(path));
    }

    /**
     * Whether the directory at {@code relativePath} may hold a selected file: some include can
     * match below it and no exclude drops everything below it (e.g. {@code legacy/**}).
     */
    public boolean entersDirectory(String relativePath) {
        String[] path = segments(relativePath);
        if (path.length > 0 && neverEntered.contains(path[path.length - 1])) {
            return false;
        }
        return includeGlobs.stream().anyMatch(g -> g.couldMatchBelow(path))
                && excludeGlobs.stream().noneMatch(g -> g.matchesAllBelow(path));
    }

    @Override
    public String toString() {
        return "includes " + includes + (excludes.isEmpty() ? "" : ", excludes " + excludes);
    }

    private static List<String> clean(List<String> patterns) {
        List<String> result = new ArrayList<>();
        for (String pattern : patterns) {
            if (pattern == null || pattern.isBlank()) {
                continue;
            }
            String p = pattern.trim().replace('\\', '/');
            while (p.startsWith("./")) {
                p = p.substring(2);
            }
            while (p.startsWith("/")) {
                p = p.substring(1);
            }
            result.add(p.endsWith("/") ? p + "**" : p);
        }
        return List.copyOf(result);
    }

    private static String[] segments(String relativePath) {
        return Arrays.stream(relativePath.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    /** One compiled glob: a list of segment patterns, {@code null} standing for {@code **}. */
    private static final class Glob {

        private final Pattern[] tokens;

        Glob(String glob) {
            String[] parts = segments(glob);
            List<Pattern> list = new ArrayList<>();
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i];
                if (part.equals("**")) {
                    if (list.isEmpty() || list.get(list.size() - 1) != null) {
                        list.add(null);
                    }
                } else {
                    list.add(segmentPattern(part, i == parts.length - 1));
                }
            }
            tokens = list.toArray(Pattern[]::new);
        }

        /** {@code segment} as a regex; in the {@code last} segment, a literal extension matches in any case. */
        private static Pattern segmentPattern(String segment, boolean last) {
            int dot = segment.lastIndexOf('.');
            String extension = last && dot >= 0 ? segment.substring(dot + 1) : "";
            if (!extension.isEmpty() && extension.chars().noneMatch(c -> c == '*' || c == '?')) {
                return Pattern.compile(segmentPattern(segment.substring(0, dot + 1), false).pattern()
                        + "(?iu:" + Pattern.quote(extension) + ")");
            }
            StringBuilder regex = new StringBuilder();
            StringBuilder literal = new StringBuilder();
            for (char c : segment.toCharArray()) {
                if (c == '*' || c == '?') {
                    if (!literal.isEmpty()) {
                        regex.append(Pattern.quote(literal.toString()));
                        literal.setLength(0);
                    }
                    regex.append(c == '*' ? "[^/]*" : "[^/]");
                } else {
                    literal.append(c);
                }
            }
            if (!literal.isEmpty()) {
                regex.append(Pattern.quote(literal.toString()));
            }
            return Pattern.compile(regex.toString());
        }

        boolean matches(String[] path) {
            return match(0, 0, path, new Boolean[tokens.length + 1][path.length + 1]);
        }

        private boolean match(int t, int s, String[] path, Boolean[][] memo) {
            if (memo[t][s] != null) {
                return memo[t][s];
            }
            boolean result;
            if (t == tokens.length) {
                result = s == path.length;
            } else if (tokens[t] == null) {
                result = match(t + 1, s, path, memo) || (s < path.length && match(t, s + 1, path, memo));
            } else {
                result = s < path.length && tokens[t].matcher(path[s]).matches() && match(t + 1, s + 1, path, memo);
            }
            memo[t][s] = result;
            return result;
        }

        /** Whether some path below the directory {@code dir} can match this glob. */
        boolean couldMatchBelow(String[] dir) {
            return prefix(dir, false);
        }

        /** Whether every path below the directory {@code dir} matches this glob. */
        boolean matchesAllBelow(String[] dir) {
            return prefix(dir, true);
        }

        private boolean prefix(String[] dir, boolean all) {
            boolean[] reachable = new boolean[tokens.length + 1];
            reachable[0] = true;
            closeOverDoubleStar(reachable);
            for (String segment : dir) {
                boolean[] next = new boolean[tokens.length + 1];
                for (int t = 0; t < tokens.length; t++) {
                    if (!reachable[t]) {
                        continue;
                    }
                    if (tokens[t] == null) {
                        next[t] = true;
                    } else if (tokens[t].matcher(segment).matches()) {
                        next[t + 1] = true;
                    }
                }
                closeOverDoubleStar(next);
                reachable = next;
            }
            for (int t = 0; t < tokens.length; t++) {
                if (reachable[t] && (!all || (tokens[t] == null && t == tokens.length - 1))) {
                    return true;
                }
            }
            return false;
        }

        /** A state before {@code **} may also skip it. */
        private void closeOverDoubleStar(boolean[] states) {
            for (int t = 0; t < tokens.length; t++) {
                if (states[t] && tokens[t] == null) {
                    states[t + 1] = true;
                }
            }
        }
    }
}
