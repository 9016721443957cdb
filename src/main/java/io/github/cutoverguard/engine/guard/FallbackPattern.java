package io.github.cutoverguard.engine.guard;

import java.util.regex.Pattern;

/**
 * A {@code fallbackTests} entry: {@code ClassName}, {@code com.pkg.ClassName} or
 * {@code Class#method}, where {@code *} matches any characters. A class part without a dot matches
 * the test class's simple name, one with a dot its fully qualified name; a nested class
 * ({@code BillingClientFallbackTest$WhenTheServiceTimesOut}) is matched as itself and as its outermost class. A method
 * part matches the test's name with or without its parameter suffix ({@code fallback(String)[1]} is {@code fallback}).
 */
record FallbackPattern(String text, Pattern classPattern, boolean qualified, Pattern methodPattern) {

    /** @throws IllegalArgumentException for an empty class or method part, or more than one {@code #} */
    static FallbackPattern parse(String text) {
        String[] parts = text.split("#", -1);
        if (parts.length > 2 || parts[0].isBlank() || (parts.length == 2 && parts[1].isBlank())) {
            throw new IllegalArgumentException("fallbackTests entry '" + text + "' must be ClassName, "
                    + "com.pkg.ClassName or ClassName#method ('*' as wildcard)");
        }
        String cls = parts[0].trim();
        return new FallbackPattern(text, glob(cls), cls.contains("."), parts.length == 2 ? glob(parts[1].trim()) : null);
    }

    /**
     * Whether the test case {@code className#name} is selected. A nested or inner class ({@code Outer$Inner}, any depth)
     * belongs to its outermost class: a pattern naming {@code Outer} selects its tests too.
     */
    boolean matches(String className, String name) {
        int nested = className.indexOf('$');
        if (!matchesClass(className) && (nested < 0 || !matchesClass(className.substring(0, nested)))) {
            return false;
        }
        return methodPattern == null || methodPattern.matcher(name).matches()
                || methodPattern.matcher(withoutParameters(name)).matches();
    }

    private boolean matchesClass(String className) {
        return classPattern.matcher(qualified ? className : className.substring(className.lastIndexOf('.') + 1)).matches();
    }

    private static String withoutParameters(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '(' || c == '{' || c == '[') {
                return name.substring(0, i);
            }
        }
        return name;
    }

    /** The class part, e.g. {@code BillingClientFallbackTest} or {@code com.example.*Fallback*}. */
    String classPart() {
        return text.split("#", -1)[0].trim();
    }

    /** The method part, e.g. {@code fallback*}, or {@code null} when the pattern names whole classes. */
    String methodPart() {
        String[] parts = text.split("#", -1);
        return parts.length == 2 ? parts[1].trim() : null;
    }

    /** Whether the class part names one class (no wildcard). */
    boolean namesOneClass() {
        return !classPart().contains("*");
    }

    private static Pattern glob(String glob) {
        return glob(glob, ".*", null);
    }

    /**
     * {@code glob} as a regular expression: each {@code **} becomes {@code anyText}, each other {@code *} becomes
     * {@code anyRun}, and {@code ?} becomes one character of {@code anyRun} when {@code anyOne} is set (else it is
     * literal); everything else is literal.
     */
    static Pattern glob(String glob, String anyRun, String anyOne) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' || (c == '?' && anyOne != null)) {
                regex.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
                boolean twice = c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*';
                regex.append(c == '?' ? anyOne : twice ? ".*" : anyRun);
                i += twice ? 1 : 0;
            } else {
                literal.append(c);
            }
        }
        return Pattern.compile(regex.append(Pattern.quote(literal.toString())).toString());
    }
}
