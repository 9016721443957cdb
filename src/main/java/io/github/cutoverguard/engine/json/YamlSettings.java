package io.github.cutoverguard.engine.json;

import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * SnakeYAML's settings for reading one YAML input in time linear in its length, whatever its lines.
 *
 * <p>SnakeYAML's {@code StreamReader} keeps a window of the code points it has not consumed yet, and
 * each time it reads another buffer-full it copies that whole window. A token is consumed only once it
 * has been scanned to its end, so a token of {@code n} code points (an unbroken scalar on one long
 * line) with the default 1,024-character buffer costs about n²/2,048 copies: 35 s for 8 MiB. Here the
 * buffer is an eighth of the input: a token as long as the whole input is read in at most eight
 * buffer-fulls, whose copies cost at most four times its length, and an input over many short lines
 * costs the same as before.
 */
public final class YamlSettings {

    /** SnakeYAML's default buffer, kept for small inputs. */
    static final int MIN_BUFFER = 1024;

    private YamlSettings() {
    }

    /**
     * {@code base} with SnakeYAML settings for an input of {@code length} bytes (an upper bound on its
     * characters): a buffer of an eighth of it, and a code-point limit of {@code maxBytes} (SnakeYAML's own
     * 3 MiB cap would refuse documents the size limit accepts).
     */
    public static YAMLFactory forInput(YAMLFactory base, long maxBytes, long length) {
        return base.rebuild().loadSettings(LoadSettings.builder()
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxBytes))
                .setBufferSize(bufferSize(length))
                .build()).build();
    }

    /** The buffer for an input of {@code length} bytes: an eighth of it, at least SnakeYAML's default. */
    static int bufferSize(long length) {
        return (int) Math.min(Integer.MAX_VALUE - 8, Math.max(MIN_BUFFER, length / 8 + 1));
    }
}
