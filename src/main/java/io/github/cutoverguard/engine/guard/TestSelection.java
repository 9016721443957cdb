package io.github.cutoverguard.engine.guard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Surefire {@code -Dtest} (Failsafe {@code -Dit.test}) selection, read as far as this check can be sure of it:
 * comma-separated entries, each {@code Class}, {@code com.pkg.Class}, {@code **}{@code /Class}, {@code com/pkg/Class},
 * {@code Class#method+other} or {@code #method}, with {@code *} and {@code ?} wildcards and an optional {@code .java}
 * or {@code .class} suffix; a leading {@code !} excludes. It answers whether the selection surely runs every test a
 * {@code fallbackTests} pattern names. It fails closed: what it cannot show (a {@code %regex[…]} or {@code %ant[…]}
 * entry, a wildcard pattern against another wildcard, an exclusion that may reach a fallback test) counts as leaving
 * the fallback tests out.
 */
final class TestSelection {

    /** Surefire's and Failsafe's default includes, by simple class name: they run when a selection only excludes. */
    private static final List<String> SUREFIRE_DEFAULTS = List.of("Test*", "*Test", "*Tests", "*TestCase");
    private static final List<String> FAILSAFE_DEFAULTS = List.of("IT*", "*IT", "*ITCase");

    /**
     * One entry.
     *
     * @param text      the entry as written (without {@code !})
     * @param cls       the class part without suffix: a simple-name glob, a dotted qualified glob, or empty for any class
     * @param qualified whether {@code cls} names a package
     * @param methods   the method globs ({@code a+b}), empty for every method
     */
    private record Entry(String text, String cls, boolean qualified, List<String> methods) {

        boolean anyClass() {
            return cls.isEmpty() || cls.chars().allMatch(c -> c == '*' || (qualified && c == '.'));
        }
    }

    private final List<Entry> includes = new ArrayList<>();
    private final List<Entry> excludes = new ArrayList<>();
    private final List<String> unread = new ArrayList<>();
    private final boolean failsafe;

    private TestSelection(boolean failsafe) {
        this.failsafe = failsafe;
    }

    /** Reads {@code value}, a selection for Surefire ({@code test}) or, when {@code failsafe}, Failsafe ({@code it.test}). */
    static TestSelection parse(String value, boolean failsafe) {
        TestSelection selection = new TestSelection(failsafe);
        for (String raw : value.split(",")) {
            String text = raw.strip();
            boolean exclude = text.startsWith("!");
            text = exclude ? text.substring(1).strip() : text;
            if (text.isEmpty()) {
                continue;
            }
            if (text.contains("%regex[") || text.contains("%ant[") || text.indexOf('#') != text.lastIndexOf('#')) {
                selection.unread.add(raw.strip());
                continue;
            }
            (exclude ? selection.excludes : selection.includes).add(entry(text));
        }
        return selection;
    }

    private static Entry entry(String text) {
        int hash = text.indexOf('#');
        String cls = (hash < 0 ? text : text.substring(0, hash)).strip().replace('\\', '/');
        for (String suffix : List.of(".java", ".class")) {
            cls = cls.endsWith(suffix) ? cls.substring(0, cls.length() - suffix.length()) : cls;
        }
        List<String> segments = new ArrayList<>(Arrays.asList(cls.split("/", -1)));
        while (segments.size() > 1 && segments.get(0).equals("**")) {
            segments.remove(0);
        }
        cls = String.join(".", segments);
        List<String> methods = hash < 0 ? List.of() : Arrays.stream(text.substring(hash + 1).split("\\+"))
                .map(String::strip).filter(m -> !m.isEmpty()).toList();
        return new Entry(text, cls, cls.contains("."), methods);
    }

    /**
     * Why this selection leaves out tests {@code pattern} names, as a sentence fragment ("leaves out
     * BillingClientFallbackTest"), or {@code null} when it surely runs all of them.
     */
    String leavesOut(FallbackPattern pattern) {
        if (!unread.isEmpty()) {
            return "uses " + String.join(", ", unread) + ", a form this check does not read, so it is treated as leaving "
                    + "out " + pattern.text() + " (fail closed)";
        }
        for (Entry exclude : excludes) {
            if (mayMatch(exclude, pattern)) {
                return "may leave out " + pattern.text() + " (it excludes !" + exclude.text() + "; fail closed)";
            }
        }
        if (includes.isEmpty()) {
            return inDefaults(pattern) ? null : "only excludes, so " + (failsafe ? "Failsafe" : "Surefire") + " runs its "
                    + "default includes, which cannot be shown to name " + pattern.text() + " (fail closed)";
        }
        if (includes.stream().anyMatch(include -> covers(include, pattern))) {
            return null;
        }
        return includes.stream().anyMatch(include -> mayMatch(include, pattern))
                ? "cannot be shown to select every test " + pattern.text() + " names (fail closed)"
                : "leaves out " + pattern.text();
    }

    /** Whether {@code include} surely selects every test {@code pattern} names. */
    private static boolean covers(Entry include, FallbackPattern pattern) {
        String cls = pattern.classPart();
        boolean classCovered;
        if (include.anyClass()) {
            classCovered = true;
        } else if (include.cls().contains("$") || !pattern.namesOneClass()) {
            classCovered = include.cls().equals(cls);
        } else if (!include.qualified()) {
            classCovered = simpleGlob(include.cls()).matcher(simpleName(cls)).matches();
        } else {
            classCovered = pattern.qualified() && qualifiedGlob(include.cls()).matcher(cls).matches();
        }
        if (!classCovered || include.methods().isEmpty() || include.methods().contains("*")) {
            return classCovered;
        }
        String method = pattern.methodPart();
        return method != null && include.methods().stream().anyMatch(m -> m.equals(method)
                || (!method.contains("*") && simpleGlob(m).matcher(method).matches()));
    }

    /** Whether {@code entry} may select some test {@code pattern} names (when unsure: it may). */
    private static boolean mayMatch(Entry entry, FallbackPattern pattern) {
        return mayMatchClass(entry, pattern) && mayMatchMethod(entry, pattern.methodPart(), pattern);
    }

    private static boolean mayMatchClass(Entry entry, FallbackPattern pattern) {
        if (entry.anyClass()) {
            return true;
        }
        // Outer$Inner reaches part of Outer
        String cls = entry.cls().contains("$") ? entry.cls().substring(0, entry.cls().indexOf('$')) : entry.cls();
        if (pattern.namesOneClass()) {
            return entry.qualified() ? !pattern.qualified() || qualifiedGlob(cls).matcher(pattern.classPart()).matches()
                    : simpleGlob(cls).matcher(simpleName(pattern.classPart())).matches();
        }
        if (cls.contains("*") || cls.contains("?")) {
            return entry.qualified() != pattern.qualified() || !disjoint(cls, pattern.classPart());
        }
        return pattern.qualified() ? !entry.qualified() || pattern.classPattern().matcher(cls).matches()
                : pattern.classPattern().matcher(simpleName(cls)).matches();
    }

    private static boolean mayMatchMethod(Entry entry, String method, FallbackPattern pattern) {
        if (entry.methods().isEmpty() || method == null) {
            return true;
        }
        for (String m : entry.methods()) {
            boolean wildcard = m.contains("*") || m.contains("?");
            if (m.equals(method) || (!method.contains("*") && simpleGlob(m).matcher(method).matches())
                    || (method.contains("*") && (wildcard ? !disjoint(m, method) : pattern.methodPattern().matcher(m).matches()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a selection of exclusions only still runs every class of {@code pattern}: each name it matches is one the
     * default includes name ({@code BillingClientFallbackTest}, or {@code *FallbackTest} by its literal end).
     */
    private boolean inDefaults(FallbackPattern pattern) {
        String cls = pattern.classPart();
        String start = pattern.qualified() ? "" : cls.split("\\*", -1)[0];
        String end = cls.substring(cls.lastIndexOf('*') + 1);
        return (failsafe ? FAILSAFE_DEFAULTS : SUREFIRE_DEFAULTS).stream().anyMatch(glob -> pattern.namesOneClass()
                ? simpleGlob(glob).matcher(simpleName(cls)).matches()
                : glob.startsWith("*") ? !end.contains(".") && end.endsWith(glob.substring(1))
                : start.startsWith(glob.substring(0, glob.length() - 1)));
    }

    /**
     * Whether no name matches both globs, as far as their literal ends show: {@code slow*} and {@code fallback*} start
     * differently, {@code *IT} and {@code *Test} end differently. Otherwise they may share a name.
     */
    private static boolean disjoint(String glob, String other) {
        String start = glob.split("[*?]", -1)[0];
        String otherStart = other.split("[*?]", -1)[0];
        String end = glob.substring(Math.max(glob.lastIndexOf('*'), glob.lastIndexOf('?')) + 1);
        String otherEnd = other.substring(Math.max(other.lastIndexOf('*'), other.lastIndexOf('?')) + 1);
        return !(start.startsWith(otherStart) || otherStart.startsWith(start))
                || !(end.endsWith(otherEnd) || otherEnd.endsWith(end));
    }

    private static String simpleName(String cls) {
        return cls.substring(cls.lastIndexOf('.') + 1);
    }

    private static Pattern simpleGlob(String glob) {
        return FallbackPattern.glob(glob, ".*", ".");
    }

    /** A dotted glob: {@code *} and {@code ?} stay within a package or class name, {@code **} spans packages. */
    private static Pattern qualifiedGlob(String glob) {
        return FallbackPattern.glob(glob, "[^.]*", "[^.]");
    }
}
