package io.github.cutoverguard.engine.guard;

import io.github.cutoverguard.engine.Location;

/**
 * One key or one value of a runtime configuration file as its runtime reads it ({@link #text}), and
 * where and how it is written in the file.
 *
 * @param text    the key or value as the runtime's parser reads it (escapes resolved, continuations joined)
 * @param entry   the entry it belongs to, as the runtime names it ({@code inventory.contract}; for YAML and
 *                JSON the path of keys, {@code routes[0].name}); {@code null} for a line of a file read as text
 * @param key     whether {@link #text} is a key (else a value)
 * @param written the text as written in the file (for a multi-line form, its lines and where they are)
 * @param locator where a part of {@link #text} is written
 */
record ConfigScalar(String text, String entry, boolean key, String written, Locator locator) {

    /** Finds where a part of a scalar's text is written in the file. */
    interface Locator {

        /**
         * Where the characters {@code from} (inclusive) of the read text are written: exactly, where the
         * text before them is written as read; else where the scalar starts.
         */
        Location locate(int from);
    }

    /** Where the characters from {@code from} on are written (see {@link Locator#locate}). */
    Location locate(int from) {
        return locator.locate(from);
    }
}
