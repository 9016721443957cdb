package io.github.cutoverguard.engine.schema;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.format.Format;
import io.github.cutoverguard.engine.VisibleText;

/**
 * The bundled schemas' {@code "format": "visible-text"}: a string a reader can see, holding at least one visible
 * character under Unicode ({@link VisibleText#hasVisible}), not only white space (no-break, ideographic), zero-width or
 * other invisible characters. A pattern such as {@code \S} cannot say this: a zero-width space is not white space. An
 * empty string is left to the schema's {@code minLength}, so that it is refused once.
 */
final class VisibleTextFormat implements Format {

    /** The format's name as schemas write it. */
    static final String NAME = "visible-text";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean matches(ExecutionContext executionContext, String value) {
        return value.isEmpty() || VisibleText.hasVisible(value);
    }
}
