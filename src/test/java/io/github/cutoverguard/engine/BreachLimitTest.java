package io.github.cutoverguard.engine;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DESIGN §7 "Bounded": the first breaches of one rule in one file are listed, then one entry counts the rest. */
class BreachLimitTest {

    private static final String FEATURES = "src/main/resources/storefront-features.properties";
    private static final String ROUTES = "src/main/resources/storefront-routes.properties";

    private static Breach hit(String file, int line) {
        return Breach.error(Rule.GUARD_RUNTIME_SWITCH, "runtime configuration names the target contract stock.v6")
                .file(file).at(new Location(line, 7)).build();
    }

    private static List<Breach> hits(String file, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> hit(file, i)).toList();
    }

    @Test
    void aMillionHitsListTheFirstHundredThenOneEntryWithTheRestGroupedWithCommas() {
        List<Breach> listed = BreachLimit.DEFAULT.cut(hits(ROUTES, 1_000_000));

        assertThat(listed).hasSize(101);
        assertThat(listed.get(99).location()).isEqualTo(new Location(100, 7));
        Breach more = listed.get(100);
        assertThat(more.message()).isEqualTo("… and 999,900 more");
        assertThat(more.omitted()).isEqualTo(999_900);
        assertThat(more.count()).isEqualTo(999_900);
        assertThat(more.rule()).isEqualTo(Rule.GUARD_RUNTIME_SWITCH);
        assertThat(more.file()).isEqualTo(ROUTES);
        assertThat(more.fails()).isTrue();
        assertThat(Breach.count(listed)).isEqualTo(1_000_000);
    }

    @Test
    void eachRuleAndFileHasItsOwnLimitAndItsEntryWhereItsFirstUnlistedBreachWas() {
        List<Breach> found = new ArrayList<>(hits(ROUTES, 4));
        found.addAll(hits(FEATURES, 2));
        found.add(Breach.error(Rule.GUARD_ENDPOINT_BOUNDARY, "endpoint /v6/stock is used outside the adapter files")
                .file(ROUTES).build());
        found.add(hit(FEATURES, 3));

        List<Breach> listed = new BreachLimit(2).cut(found);

        assertThat(listed).extracting(b -> b.ruleId() + " " + b.file() + " " + b.location().line() + " " + b.message())
                .containsExactly(
                        "GUARD-RUNTIME-SWITCH " + ROUTES + " 1 runtime configuration names the target contract stock.v6",
                        "GUARD-RUNTIME-SWITCH " + ROUTES + " 2 runtime configuration names the target contract stock.v6",
                        "GUARD-RUNTIME-SWITCH " + ROUTES + " 0 … and 2 more",
                        "GUARD-RUNTIME-SWITCH " + FEATURES + " 1 runtime configuration names the target contract stock.v6",
                        "GUARD-RUNTIME-SWITCH " + FEATURES + " 2 runtime configuration names the target contract stock.v6",
                        "GUARD-ENDPOINT-BOUNDARY " + ROUTES + " 0 endpoint /v6/stock is used outside the adapter files",
                        "GUARD-RUNTIME-SWITCH " + FEATURES + " 0 … and 1 more");
        assertThat(listed.get(2).hint()).isEqualTo("only the first 2 breaches of GUARD-RUNTIME-SWITCH in this file are "
                + "listed (maxBreachesPerRule): fix them and run again, or raise maxBreachesPerRule to list more");
    }

    @Test
    void warningsAndWaivedBreachesAreListedApartFromErrors() {
        Breach.Waived waiver = new Breach.Waived("storefront-team", LocalDate.parse("2026-06-30"), "rehearsal config",
                "config/cutover-waivers.json:3:5");
        List<Breach> found = new ArrayList<>();
        hits(ROUTES, 3).forEach(b -> found.add(b.withSeverity(Severity.WARNING)));
        hits(ROUTES, 3).forEach(b -> found.add(b.waivedBy(waiver)));
        found.addAll(hits(ROUTES, 3));

        List<Breach> listed = new BreachLimit(1).cut(found);

        assertThat(listed).extracting(Breach::message, Breach::severity, b -> b.waived() != null, Breach::fails)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(hit(ROUTES, 1).message(), Severity.WARNING, false, false),
                        org.assertj.core.groups.Tuple.tuple("… and 2 more", Severity.WARNING, false, false),
                        org.assertj.core.groups.Tuple.tuple(hit(ROUTES, 1).message(), Severity.ERROR, true, false),
                        org.assertj.core.groups.Tuple.tuple("… and 2 more", Severity.ERROR, true, false),
                        org.assertj.core.groups.Tuple.tuple(hit(ROUTES, 1).message(), Severity.ERROR, false, true),
                        org.assertj.core.groups.Tuple.tuple("… and 2 more", Severity.ERROR, false, true));
        assertThat(listed.get(3).waived()).isEqualTo(waiver);
    }

    @Test
    void aCutListCutAgainKeepsItsCountsAndASmallerLimitAddsToTheEntry() {
        List<Breach> once = new BreachLimit(3).cut(hits(ROUTES, 250));

        assertThat(new BreachLimit(3).cut(once)).isEqualTo(once);
        assertThat(BreachLimit.DEFAULT.cut(once)).isEqualTo(once);
        List<Breach> smaller = new BreachLimit(1).cut(once);
        assertThat(smaller).hasSize(2);
        assertThat(smaller.get(1).message()).isEqualTo("… and 249 more");
        assertThat(smaller.get(1).hint()).startsWith("only the first 1 breaches of GUARD-RUNTIME-SWITCH in this file");
        assertThat(Breach.count(smaller)).isEqualTo(250);
    }

    @Test
    void aBreachPastTheLimitIsCountedWithoutBeingBuilt() {
        AtomicInteger built = new AtomicInteger();
        BreachLimit.Listing listing = BreachLimit.DEFAULT.listing();
        for (int line = 1; line <= 100_000; line++) {
            int at = line;
            listing.add(Rule.GUARD_RUNTIME_SWITCH, ROUTES, () -> {
                built.incrementAndGet();
                return hit(ROUTES, at);
            });
        }

        assertThat(built).hasValue(100);
        assertThat(listing.breaches()).hasSize(101).last().extracting(Breach::message).isEqualTo("… and 99,900 more");
    }

    @Test
    void aBreachWithoutAFileIsCountedPerRule() {
        List<Breach> listed = new BreachLimit(1).cut(List.of(Breach.error(Rule.VERDICT_INCOMPLETE, "module a").build(),
                Breach.error(Rule.VERDICT_INCOMPLETE, "module b").build()));

        assertThat(listed).extracting(Breach::message).containsExactly("module a", "… and 1 more");
        assertThat(listed.get(1).hint()).startsWith("only the first 1 breaches of VERDICT-INCOMPLETE naming no file are listed");
    }

    @Test
    void theCheckKeepsItsStatusAndTheGoalItsCount() {
        CheckResult check = CheckResult.ran("guard.runtime-switch", "1 runtime configuration file", hits(ROUTES, 150));
        CheckResult cut = BreachLimit.DEFAULT.cut(check);

        assertThat(cut.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(cut.breaches()).hasSize(101);
        assertThat(cut.detail()).isEqualTo(check.detail());
    }

    @Test
    void lessThanOneIsAConfigurationError() {
        assertThatThrownBy(() -> new BreachLimit(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxBreachesPerRule must be at least 1, was 0");
        assertThatThrownBy(() -> Breach.error(Rule.GUARD_RUNTIME_SWITCH, "x").omitted(-1).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
