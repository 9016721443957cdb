package io.github.cutoverguard.engine.guard;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link TestSelection}: whether a Surefire {@code -Dtest} / Failsafe {@code -Dit.test} selection runs the fallback tests. */
class TestSelectionTest {

    private static String leavesOut(String selection, String pattern) {
        return TestSelection.parse(selection, false).leavesOut(FallbackPattern.parse(pattern));
    }

    @Test
    void selectionsThatSurelyRunTheFallbackTestsLeaveNothingOut() {
        for (String selection : List.of("BillingClientFallbackTest", "InvoiceTotalsTest, BillingClientFallbackTest",
                "Billing*", "*Fallback*", "Billing?lientFallbackTest", "**/BillingClientFallbackTest.java",
                "**/*", "*", "BillingClientFallbackTest.class",
                "BillingClientFallbackTest#*", "!InvoiceTotalsTest", "BillingClientFallbackTest,!InvoiceTotals*")) {
            assertThat(leavesOut(selection, "BillingClientFallbackTest")).as(selection).isNull();
        }
        assertThat(leavesOut("com.example.billing.BillingClientFallbackTest", "com.example.billing.BillingClientFallbackTest")).isNull();
        assertThat(leavesOut("com.example.**.Billing*", "com.example.billing.BillingClientFallbackTest")).isNull();
        assertThat(leavesOut("*Fallback*", "*Fallback*")).isNull();
        assertThat(leavesOut("BillingClientTest#fallback*", "BillingClientTest#fallback*")).isNull();
        assertThat(leavesOut("BillingClientTest#servesCache+fallback*", "BillingClientTest#fallbackKeepsTotals")).isNull();
        assertThat(TestSelection.parse("!InvoiceTotalsIT", true).leavesOut(FallbackPattern.parse("BillingFallbackIT"))).isNull();
    }

    @Test
    void selectionsThatNameOtherTestsLeaveTheFallbackTestsOut() {
        assertThat(leavesOut("InvoiceTotalsTest", "BillingClientFallbackTest")).isEqualTo("leaves out BillingClientFallbackTest");
        assertThat(leavesOut("Invoice*,*IT", "BillingClientFallbackTest")).isEqualTo("leaves out BillingClientFallbackTest");
        assertThat(leavesOut("com.example.invoicing.*", "com.example.billing.BillingClientFallbackTest"))
                .isEqualTo("leaves out com.example.billing.BillingClientFallbackTest");
    }

    @Test
    void exclusionsThatMayReachAFallbackTestLeaveItOut() {
        assertThat(leavesOut("!BillingClient*", "BillingClientFallbackTest"))
                .isEqualTo("may leave out BillingClientFallbackTest (it excludes !BillingClient*; fail closed)");
        // excluding a nested class or one method leaves part of the fallback class out
        assertThat(leavesOut("BillingClientFallbackTest,!BillingClientFallbackTest$WhenTheServiceTimesOut",
                "BillingClientFallbackTest")).startsWith("may leave out BillingClientFallbackTest");
        assertThat(leavesOut("!BillingClientFallbackTest#servesTheCachedInvoice", "BillingClientFallbackTest"))
                .startsWith("may leave out");
        assertThat(leavesOut("!#slow*", "BillingClientFallbackTest")).startsWith("may leave out");
        assertThat(leavesOut("!SlowFallbackTest", "*Fallback*")).startsWith("may leave out");
        assertThat(leavesOut("!Slow*", "*Fallback*")).startsWith("may leave out");
        // an exclusion that cannot reach the fallback tests is fine
        assertThat(leavesOut("!BillingClientFallbackTest#slow*", "BillingClientFallbackTest#fallback*")).isNull();
        assertThat(leavesOut("!*IT", "*FallbackTest")).isNull();
        assertThat(leavesOut("!Slow*IT", "*Fallback*")).startsWith("may leave out");
    }

    @Test
    void selectionsThatRunOnlyPartOfTheFallbackTestsLeaveThemOut() {
        assertThat(leavesOut("BillingClientFallbackTest#servesTheCachedInvoice", "BillingClientFallbackTest"))
                .isEqualTo("cannot be shown to select every test BillingClientFallbackTest names (fail closed)");
        assertThat(leavesOut("BillingClientFallbackTest$WhenTheServiceTimesOut", "BillingClientFallbackTest"))
                .startsWith("cannot be shown to select every test");
        assertThat(leavesOut("BillingClientFallbackTest", "*Fallback*"))
                .isEqualTo("cannot be shown to select every test *Fallback* names (fail closed)");
        assertThat(leavesOut("BillingClientFallbackTest", "com.example.billing.BillingClientFallbackTest")).isNull();
        // the fallback pattern names no package: a selection by package cannot be shown to hold it
        assertThat(leavesOut("com.example.billing.BillingClientFallbackTest", "BillingClientFallbackTest"))
                .startsWith("cannot be shown to select every test");
        assertThat(leavesOut("com/example/billing/BillingClientFallbackTest", "BillingClientFallbackTest"))
                .startsWith("cannot be shown to select every test");
        assertThat(leavesOut("!InvoiceTotalsTest", "BillingFallbackCheck"))
                .isEqualTo("only excludes, so Surefire runs its default includes, which cannot be shown to name "
                        + "BillingFallbackCheck (fail closed)");
        assertThat(leavesOut("!InvoiceTotalsTest", "*Fallback*")).startsWith("only excludes");
    }

    @Test
    void formsThisCheckDoesNotReadFailClosed() {
        assertThat(leavesOut("%regex[.*Fallback.*]", "BillingClientFallbackTest"))
                .isEqualTo("uses %regex[.*Fallback.*], a form this check does not read, so it is treated as leaving out "
                        + "BillingClientFallbackTest (fail closed)");
        assertThat(leavesOut("BillingClientFallbackTest, !%ant[**/Slow*]", "BillingClientFallbackTest"))
                .startsWith("uses !%ant[**/Slow*], a form");
        assertThat(leavesOut("A#b#c", "BillingClientFallbackTest")).startsWith("uses A#b#c, a form");
    }

    @Test
    void methodSelectionsRunOnlyTheMethodsTheyName() {
        // #method alone selects those methods of every class: not the whole fallback class
        assertThat(leavesOut("#servesTheCachedInvoice", "BillingClientFallbackTest"))
                .isEqualTo("cannot be shown to select every test BillingClientFallbackTest names (fail closed)");
        // an empty method list after # selects the whole class
        assertThat(leavesOut("BillingClientFallbackTest#", "BillingClientFallbackTest")).isNull();
        assertThat(leavesOut("BillingClientFallbackTest#slow*", "BillingClientFallbackTest#fallbackKeepsTotals"))
                .isEqualTo("leaves out BillingClientFallbackTest#fallbackKeepsTotals");
        assertThat(leavesOut("BillingClientFallbackTest#fallback?eepsTotals",
                "BillingClientFallbackTest#fallbackKeepsTotals")).isNull();
    }

    @Test
    void methodExclusionsLeaveOutOnlyTheMethodsTheyMayReach() {
        String reached = "may leave out BillingClientFallbackTest#%s (it excludes !BillingClientFallbackTest#%s; fail closed)";
        for (String[] excludedAndPattern : new String[][] {{"fallbackKeepsTotals", "fallbackKeepsTotals"},
                {"fallback*", "fallbackKeepsTotals"}, {"fallbackKeepsTotals", "fallback*"},
                {"fallback?eeps*", "fallback*"}, {"?allbackKeepsTotals", "fallback*"}}) {
            assertThat(leavesOut("!BillingClientFallbackTest#" + excludedAndPattern[0],
                    "BillingClientFallbackTest#" + excludedAndPattern[1]))
                    .isEqualTo(reached.formatted(excludedAndPattern[1], excludedAndPattern[0]));
        }
        for (String[] excludedAndPattern : new String[][] {{"slow*", "fallbackKeepsTotals"}, {"slowPath", "fallback*"},
                {"slow*", "fallback*"}}) {
            assertThat(leavesOut("!BillingClientFallbackTest#" + excludedAndPattern[0],
                    "BillingClientFallbackTest#" + excludedAndPattern[1])).as(excludedAndPattern[0]).isNull();
        }
    }

    @Test
    void exclusionsOfOneClassAgainstAPackagePattern() {
        assertThat(leavesOut("!BillingClientFallbackTest", "com.example.billing.*Fallback*"))
                .isEqualTo("may leave out com.example.billing.*Fallback* (it excludes !BillingClientFallbackTest; fail closed)");
        assertThat(leavesOut("!com.example.billing.BillingClientFallbackTest", "com.example.billing.*Fallback*"))
                .startsWith("may leave out com.example.billing.*Fallback*");
        assertThat(leavesOut("!com.example.invoicing.InvoiceTotalsTest", "com.example.billing.*FallbackTest")).isNull();
        assertThat(leavesOut("!com.example.invoicing.InvoiceTotalsTest", "com.example.billing.*Fallback*"))
                .startsWith("only excludes, so Surefire runs its default includes");
    }

    @Test
    void onlyExclusionsRunTheDefaultIncludesByTheirLiteralStartOrEnd() {
        assertThat(leavesOut("!InvoiceTotalsTest", "com.example.billing.BillingFallbackTest")).isNull();
        assertThat(leavesOut("!InvoiceTotalsTest", "TestBillingFallback*")).isNull();
        assertThat(leavesOut("!InvoiceTotalsTest", "Billing*Fallback"))
                .startsWith("only excludes, so Surefire runs its default includes");
        assertThat(TestSelection.parse("!InvoiceTotalsIT", true).leavesOut(FallbackPattern.parse("BillingFallbackTest")))
                .isEqualTo("only excludes, so Failsafe runs its default includes, which cannot be shown to name "
                        + "BillingFallbackTest (fail closed)");
    }
}
