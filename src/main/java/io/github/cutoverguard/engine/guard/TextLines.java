package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.input.ProjectFiles;
import io.github.cutoverguard.engine.InputFile;
import io.github.cutoverguard.engine.input.InputProblem;
import io.github.cutoverguard.engine.input.InputReader;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Streams a text file once, line by line, hashing its bytes on the way (for the evidence report).
 * Text is decoded as UTF-8 with malformed bytes replaced, so a source in another ASCII-based encoding
 * is still searched; reading stops with {@link InputProblem.Kind#TOO_LARGE} above the size limit.
 */
final class TextLines {

    /** Receives each line with its 1-based number. */
    interface Visitor {
        void line(int number, String text);
    }

    private TextLines() {
    }

    /** Reads {@code path}, shown as {@code display}, and returns it as an evidence input. */
    static InputFile read(Path path, String display, long maxBytes, Visitor visitor) throws InputProblem {
        MessageDigest digest = InputReader.sha256();
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw tooLarge(display, size, maxBytes);
            }
            try (InputStream in = new DigestInputStream(new Bounded(Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS), maxBytes), digest);
                 BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                         .onMalformedInput(CodingErrorAction.REPLACE)
                         .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
                String line;
                int number = 0;
                while ((line = reader.readLine()) != null) {
                    visitor.line(++number, line);
                }
            }
        } catch (Bounded.Exceeded e) {
            throw tooLarge(display, e.count, maxBytes);
        } catch (IOException e) {
            throw new InputProblem(InputProblem.Kind.UNREADABLE, display + " cannot be read: " + ProjectFiles.describe(e));
        }
        return new InputFile(display, HexFormat.of().formatHex(digest.digest()));
    }

    static InputProblem tooLarge(String display, long size, long maxBytes) {
        return new InputProblem(InputProblem.Kind.TOO_LARGE,
                display + " is " + size + " bytes, above the " + maxBytes + "-byte input limit");
    }

    /** Fails once more than {@code max} bytes were read (a file growing while it is read). */
    private static final class Bounded extends FilterInputStream {

        private final long max;
        private long count;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            return n < 0 ? n : counted(n);
        }

        private int counted(int n) throws Exceeded {
            count += n;
            if (count > max) {
                throw new Exceeded(count);
            }
            return n;
        }

        /** Thrown through the reader when the limit is passed. */
        static final class Exceeded extends IOException {
            final long count;

            Exceeded(long count) {
                super("input limit exceeded", null);
                this.count = count;
            }
        }
    }
}
