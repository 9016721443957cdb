package io.github.cutoverguard.engine.guard;

import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link TestSwitch}: the build's skip and selection properties, as Maven resolves them for Surefire and Failsafe. */
class TestSwitchTest {

    @Test
    void testSwitchesAreReadAsMavenResolvesThemUserOverProjectOverSystem() {
        Properties user = new Properties();
        user.setProperty("maven.test.skip.exec", "true");
        user.setProperty("skipTests", "false");
        user.setProperty("cutover.mode", "rehearsal");
        Properties model = new Properties();
        model.setProperty("skipTests", "true");
        model.setProperty("test", "InvoiceTotalsTest");
        Properties system = new Properties();
        system.setProperty("test", "BillingClientFallbackTest");
        system.setProperty("it.test", "*IT");
        system.setProperty("maven.test.skip", "true");
        assertThat(TestSwitch.resolved(user, model, system)).containsExactly(
                new TestSwitch("skipTests", "false", TestSwitch.Source.USER),
                new TestSwitch("maven.test.skip", "true", TestSwitch.Source.SYSTEM),
                new TestSwitch("maven.test.skip.exec", "true", TestSwitch.Source.USER),
                new TestSwitch("test", "InvoiceTotalsTest", TestSwitch.Source.PROJECT),
                new TestSwitch("it.test", "*IT", TestSwitch.Source.SYSTEM));
        assertThat(TestSwitch.resolved(null, null, null)).isEmpty();
    }
}
