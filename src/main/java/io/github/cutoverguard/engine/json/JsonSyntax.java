package io.github.cutoverguard.engine.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON syntax error said in JSON's terms. Jackson explains some errors by the parser feature that would accept the
 * input ({@code enable JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS}); the user cannot set those features, and the input
 * would still not be JSON. So NaN and Infinity, comments, a leading plus sign and hexadecimal numbers are named as what
 * JSON does not have, with the fix; any other mention of a parser feature is cut from the message.
 *
 * @param message what is wrong
 * @param hint    how to fix it, or {@code null} for the reader's general hint
 * @param behind  how many columns Jackson's location lies past the start of the offending token (it reports the end
 *                of {@code NaN})
 */
record JsonSyntax(String message, String hint, int behind) {

    private static final Pattern NON_NUMERIC = Pattern.compile("^Non-standard token '([^']*)'");
    private static final Pattern FEATURE = Pattern.compile(
            ":? *(\\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)|(enable|require enabling) "
                    + "`?[A-Za-z]+\\.[A-Z_]+`?( to allow)?)");
    private static final String COMMENT = "a comment is not JSON: JSON has no comments";
    private static final String COMMENT_HINT = "remove the comment; a note can go in a file beside this one";

    /** Jackson's first message line {@code jackson}, in the user's terms. */
    static JsonSyntax of(String jackson) {
        Matcher nonNumeric = NON_NUMERIC.matcher(jackson);
        if (nonNumeric.find()) {
            return new JsonSyntax(nonNumeric.group(1) + " is not a JSON number: JSON has no NaN or Infinity",
                    "write the number the field means as digits", nonNumeric.group(1).length());
        }
        if (jackson.startsWith("Unexpected character ('/'") && jackson.contains("comment")
                || jackson.startsWith("Unexpected character ('#'")) {
            return new JsonSyntax(COMMENT, COMMENT_HINT, 0);
        }
        if (jackson.contains("ALLOW_LEADING_PLUS_SIGN")) {
            return new JsonSyntax("a number with a plus sign is not JSON: write it without the sign", null, 0);
        }
        if (jackson.contains("ALLOW_HEXADECIMAL")) {
            return new JsonSyntax("a hexadecimal number is not JSON: write it in decimal", null, 0);
        }
        return new JsonSyntax(FEATURE.matcher(jackson).replaceAll("").strip(), null, 0);
    }
}
