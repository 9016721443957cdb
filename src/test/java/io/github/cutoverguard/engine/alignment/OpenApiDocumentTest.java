package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.Location;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiDocumentTest {

    private static final String COMPONENTS = "components:\n  schemas:\n";

    @Test
    void localRefIsFollowedToWhatItNames() {
        OpenApiDocument api = AlignmentFixtures.yaml(COMPONENTS
                + "    A:\n      $ref: \"#/components/schemas/B\"\n    B:\n      type: object\n");
        OpenApiDocument.Resolved resolved = api.follow("/components/schemas/A");
        assertThat(resolved.ok()).isTrue();
        assertThat(resolved.pointer()).isEqualTo("/components/schemas/B");
        assertThat(resolved.chain()).containsExactly("/components/schemas/A", "/components/schemas/B");
    }

    @Test
    void pointerEscapesAndPercentEncodingAreDecoded() {
        OpenApiDocument api = AlignmentFixtures.yaml("paths:\n  /v1/{id}:\n    get: {}\n"
                + "x:\n  a: {$ref: \"#/paths/~1v1~1%7Bid%7D\"}\n");
        assertThat(api.follow("/x/a").pointer()).isEqualTo("/paths/~1v1~1{id}");
        assertThat(OpenApiDocument.percentDecode("%E2%82%AC%2")).isNull();
        assertThat(OpenApiDocument.percentDecode("a%E2%82%ACb")).isEqualTo("a\u20acb");
    }

    @Test
    void danglingRefIsAProblemAtTheRef() {
        OpenApiDocument api = AlignmentFixtures.yaml(COMPONENTS + "    A:\n      $ref: \"#/components/schemas/Gone\"\n");
        OpenApiDocument.Resolved resolved = api.follow("/components/schemas/A");
        assertThat(resolved.problem()).isEqualTo(new RefProblem(RefProblem.Kind.DANGLING, "/components/schemas/A/$ref",
                "#/components/schemas/Gone"));
        Breach breach = resolved.problem().toBreach(io.github.cutoverguard.engine.Rule.ALIGN_ENVELOPE, api.document(), "the envelope check");
        assertThat(breach.location()).isEqualTo(new Location(4, 13));
        assertThat(breach.message()).contains("\"#/components/schemas/Gone\" names nothing in openapi.yaml");
    }

    @Test
    void remoteRefsAreProblemsAndNeverFetched() {
        for (String remote : List.of("https://example.invalid/schemas.yaml#/Error", "errors.yaml#/Error", "errors.yaml")) {
            OpenApiDocument api = AlignmentFixtures.yaml(COMPONENTS + "    A:\n      $ref: \"" + remote + "\"\n");
            RefProblem problem = api.follow("/components/schemas/A").problem();
            assertThat(problem.kind()).isEqualTo(RefProblem.Kind.REMOTE);
            assertThat(problem.toBreach(io.github.cutoverguard.engine.Rule.ALIGN_ENVELOPE, api.document(), "the envelope check").message())
                    .contains("is remote").contains("never fetches");
        }
    }

    @Test
    void anchorStyleRefIsMalformed() {
        OpenApiDocument api = AlignmentFixtures.yaml(COMPONENTS + "    A:\n      $ref: \"#Envelope\"\n");
        assertThat(api.follow("/components/schemas/A").problem().kind()).isEqualTo(RefProblem.Kind.MALFORMED);
    }

    @Test
    void refCycleIsDetected() {
        OpenApiDocument api = AlignmentFixtures.yaml(COMPONENTS
                + "    A:\n      $ref: \"#/components/schemas/B\"\n    B:\n      $ref: \"#/components/schemas/A\"\n");
        RefProblem problem = api.follow("/components/schemas/A").problem();
        assertThat(problem.kind()).isEqualTo(RefProblem.Kind.CYCLE);
        assertThat(problem.refPointer()).isEqualTo("/components/schemas/B/$ref");
    }

    @Test
    void operationsAreListedInDocumentOrderThroughPathItemRefs() {
        OpenApiDocument api = AlignmentFixtures.yaml("paths:\n  /a:\n    post: {}\n    get: {}\n"
                + "  /b:\n    $ref: \"#/components/pathItems/B\"\n  /c:\n    $ref: \"#/components/pathItems/Gone\"\n"
                + "components:\n  pathItems:\n    B:\n      delete: {}\n");
        List<RefProblem> problems = new ArrayList<>();
        assertThat(api.operations(problems)).extracting(OpenApiDocument.Operation::display)
                .containsExactly("GET /a", "POST /a", "DELETE /b");
        assertThat(problems).extracting(RefProblem::kind).containsExactly(RefProblem.Kind.DANGLING);
    }

    @Test
    void referenceDocumentHasElevenOperations() {
        assertThat(AlignmentFixtures.openApi().operations(new ArrayList<>())).hasSize(11);
    }
}
