package io.github.cutoverguard.engine.json;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link JsonLimits}: every bound must be positive; one is the smallest accepted. */
class JsonLimitsTest {

    @Test
    void everyLimitMustBePositive() {
        assertThat(new JsonLimits(1, 1, 1, 1).withMaxBytes(5)).isEqualTo(new JsonLimits(5, 1, 1, 1));
        assertThatThrownBy(() -> new JsonLimits(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("JSON limits must be positive");
        assertThatThrownBy(() -> new JsonLimits(1, 0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JsonLimits(1, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JsonLimits(1, 1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(JsonLimits.DEFAULT).isEqualTo(new JsonLimits(128L * 1024 * 1024, 200, 16 * 1024 * 1024, 1000));
    }
}
