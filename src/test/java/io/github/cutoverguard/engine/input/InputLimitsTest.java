package io.github.cutoverguard.engine.input;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link InputLimits}: every bound must be positive; one is the smallest accepted. */
class InputLimitsTest {

    @Test
    void everyLimitMustBePositive() {
        assertThat(new InputLimits(1, 1, 1, 1).withMaxBytes(5)).isEqualTo(new InputLimits(5, 1, 1, 1));
        assertThatThrownBy(() -> new InputLimits(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("JSON limits must be positive");
        assertThatThrownBy(() -> new InputLimits(1, 0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InputLimits(1, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InputLimits(1, 1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(InputLimits.DEFAULT).isEqualTo(new InputLimits(128L * 1024 * 1024, 200, 16 * 1024 * 1024, 1000));
    }
}
