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

    private static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        int start = 0;
        for (int i = glob.indexOf('*'); i >= 0; i = glob.indexOf('*', start)) {
            regex.append(Pattern.quote(glob.substring(start, i))).append(".*");
            start = i + 1;
        }
        return Pattern.compile(regex.append(Pattern.quote(glob.substring(start))).toString());
    }
}
