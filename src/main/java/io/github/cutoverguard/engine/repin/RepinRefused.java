package io.github.cutoverguard.engine.repin;

/**
 * {@code repin} will not move the pin (a configuration error; nothing is written): a rehearsal, a cutover without an
 * approval of this move, or a new pin without its members.
 */
public final class RepinRefused extends Exception {

    public RepinRefused(String message) {
        super(message);
    }
}
