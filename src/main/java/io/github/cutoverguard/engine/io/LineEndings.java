package io.github.cutoverguard.engine.io;

import java.util.Arrays;

/**
 * Names a difference that is only line endings (CRLF or CR against LF), as git's {@code core.autocrlf} makes on a
 * Windows checkout, so that a breach can say so and give the fix instead of a diff where every line changed.
 */
public final class LineEndings {

    private LineEndings() {
    }

    /** {@code bytes} with every CRLF and lone CR turned into LF. */
    public static byte[] toLf(byte[] bytes) {
        byte[] out = new byte[bytes.length];
        int n = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\r') {
                out[n++] = '\n';
                if (i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
            } else {
                out[n++] = bytes[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Whether {@code a} and {@code b} differ, but not once their line endings are made LF. */
    public static boolean onlyLineEndingsDiffer(byte[] a, byte[] b) {
        return !Arrays.equals(a, b) && Arrays.equals(toLf(a), toLf(b));
    }

    /** Whether {@code bytes} holds a CR (a CRLF or CR line ending). */
    public static boolean hasCr(byte[] bytes) {
        for (byte b : bytes) {
            if (b == '\r') {
                return true;
            }
        }
        return false;
    }

    /** The line endings of {@code bytes} in a word: {@code CRLF} when it holds a CR, else {@code LF}. */
    public static String name(byte[] bytes) {
        return hasCr(bytes) ? "CRLF" : "LF";
    }

    /**
     * How to keep {@code path} byte-stable in git checkouts: mark it binary-safe in {@code .gitattributes} and check
     * it out again.
     */
    public static String fix(String path) {
        return "only the line endings differ (git's core.autocrlf converts them on checkout): add '" + path
                + " -text' to .gitattributes, delete the file and run git checkout -- " + path
                + " so git writes it byte-for-byte";
    }
}
