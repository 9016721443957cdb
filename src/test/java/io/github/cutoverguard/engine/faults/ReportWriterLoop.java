package io.github.cutoverguard.engine.faults;

import io.github.cutoverguard.engine.io.AtomicFiles;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * A child process for {@link FaultsTest}: replaces one report file over and over, alternating two
 * contents of {@code args[1]} KiB each, until it is killed. Prints {@code ready} after the first write.
 */
public final class ReportWriterLoop {

    private ReportWriterLoop() {
    }

    /** The content of round {@code letter}: a JSON string of {@code kib} KiB of that letter. */
    static byte[] content(char letter, int kib) {
        byte[] bytes = new byte[kib * 1024];
        Arrays.fill(bytes, (byte) letter);
        bytes[0] = '"';
        bytes[bytes.length - 1] = '"';
        return bytes;
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        int kib = Integer.parseInt(args[1]);
        byte[] a = content('A', kib);
        byte[] b = content('B', kib);
        AtomicFiles.write(target, a);
        System.out.println("ready");
        System.out.flush();
        for (long round = 1; ; round++) {
            AtomicFiles.write(target, round % 2 == 0 ? a : b);
        }
    }
}
