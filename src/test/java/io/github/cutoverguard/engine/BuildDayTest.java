package io.github.cutoverguard.engine;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue #24: the clock only moves forward. */
class BuildDayTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T23:59:00Z"), ZoneOffset.UTC);

    @Test
    void withoutADayTheBuildJudgesToday() {
        assertThat(BuildDay.of(null, CLOCK)).isEqualTo(new BuildDay(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7)));
        assertThat(BuildDay.of("  ", CLOCK).rehearsed()).isFalse();
        assertThat(BuildDay.of(" 2026-12-07 ", CLOCK).rehearsed()).isFalse();
    }

    @Test
    void aLaterDayIsRehearsed() {
        BuildDay day = BuildDay.of("2027-01-10", CLOCK);
        assertThat(day.rehearsed()).isTrue();
        assertThat(day.describe()).isEqualTo("the rehearsed day 2027-01-10 (today is 2026-12-07)");
    }

    @Test
    void anEarlierDayIsAConfigurationError() {
        assertThatThrownBy(() -> BuildDay.of("2026-01-01", CLOCK)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("today is 2026-01-01, before the real date 2026-12-07 (UTC): the clock only moves "
                        + "forward");
        assertThatThrownBy(() -> BuildDay.of("2026-12-06", CLOCK)).hasMessageContaining("remove -Dcutover.today");
    }

    @Test
    void aDayIsADate() {
        assertThatThrownBy(() -> BuildDay.of("22.02.2026", CLOCK)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("today must be a date such as 2026-02-22, not '22.02.2026'");
    }
}
