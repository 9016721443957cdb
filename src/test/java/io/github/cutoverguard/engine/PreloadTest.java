package io.github.cutoverguard.engine;

import io.github.cutoverguard.engine.markdown.MarkdownDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class PreloadTest {

    private static Set<Thread> preloadThreads() {
        Set<Thread> threads = Thread.getAllStackTraces().keySet();
        threads.removeIf(thread -> !thread.getName().equals("cutover-guardrails-preload"));
        return threads;
    }

    @Test
    void nothingToPrepareStartsNoThread() {
        Set<Thread> before = preloadThreads();

        Preload.NONE.start();
        new Preload(List.of(), false).start();

        assertThat(preloadThreads()).isEqualTo(before);
    }

    @Test
    void thePreparationRunsOnADaemonThreadOfItsOwn() throws Exception {
        Set<Thread> before = preloadThreads();

        new Preload(List.of("integration-pin.v1"), true).start();

        Set<Thread> started = preloadThreads();
        started.removeAll(before);
        for (Thread thread : started) {
            assertThat(thread.isDaemon()).isTrue();
            thread.join(10_000);
        }
        // a thread that has already finished is no longer listed; one that was listed must have been a daemon
        assertThat(started.size()).isLessThanOrEqualTo(1);
    }

    @Test
    void aSchemaThePluginLacksIsLeftToTheGoalThatReadsIt() {
        assertThatCode(() -> new Preload(List.of("no-such-format.v9"), false).prepare()).doesNotThrowAnyException();
    }

    @Test
    void theMarkdownParserIsReadyAfterPreparing() {
        assertThatCode(MarkdownDocument::prepare).doesNotThrowAnyException();
    }
}
