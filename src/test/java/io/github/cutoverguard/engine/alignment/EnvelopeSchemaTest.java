package io.github.cutoverguard.engine.alignment;

import io.github.cutoverguard.engine.alignment.InstanceModel.AllowedValue;
import io.github.cutoverguard.engine.alignment.InstanceModel.Kind;
import io.github.cutoverguard.engine.alignment.InstanceModel.Occurrence;
import io.github.cutoverguard.engine.alignment.EnvelopeSchema.Requirement;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Dotted fields of an envelope schema: whether they are required, where they occur, which values they allow. */
class EnvelopeSchemaTest {

    private static final String ENV = "/components/schemas/Env";
    private static final String ERR = "/components/schemas/Err";
    private static final String VIA = ENV + "/properties/error/$ref";

    private static final OpenApiDocument API = AlignmentFixtures.yaml("""
            components:
              schemas:
                Env:
                  required: [error, trace]
                  properties:
                    error:
                      $ref: "#/components/schemas/Err"
                    note: {type: string}
                Err:
                  required: [code, detail]
                  properties:
                    code: {type: string, enum: [a, b]}
                    message: {type: string, const: x}
                Loose:
                  properties:
                    error: {type: object}
            """);

    private final Set<RefProblem> problems = new HashSet<>();

    private static EnvelopeSchema schema(String pointer) {
        return new EnvelopeSchema(API, pointer);
    }

    private Requirement requirement(String dotted) {
        return schema(ENV).requirement(dotted, problems);
    }

    @Test
    void aFieldRequiredAndDefinedAtEveryLevelIsSatisfiedAtItsDefinition() {
        assertThat(requirement("error")).isEqualTo(new Requirement(true, "error", true, ENV + "/properties/error"));
        assertThat(requirement("error.code")).isEqualTo(new Requirement(true, "error.code", true, ERR + "/properties/code"));
        assertThat(problems).isEmpty();
    }

    @Test
    void aRequiredButUndefinedLastFieldIsSatisfiedAtItsParent() {
        assertThat(requirement("error.detail")).isEqualTo(new Requirement(true, "error.detail", true,
                ENV + "/properties/error"));
    }

    @Test
    void aRequiredButUndefinedParentFailsAtTheNextFieldWhichCannotBeDefined() {
        assertThat(requirement("trace.id")).isEqualTo(new Requirement(false, "trace.id", false, ENV));
        assertThat(requirement("trace.id.value")).isEqualTo(new Requirement(false, "trace.id", false, ENV));
    }

    @Test
    void aDefinedButOptionalFieldFailsAtTheRequiredListOfItsOwner() {
        assertThat(requirement("note")).isEqualTo(new Requirement(false, "note", true, ENV + "/required"));
        assertThat(requirement("error.message")).isEqualTo(new Requirement(false, "error.message", true, ERR + "/required"));
        assertThat(schema("/components/schemas/Loose").requirement("error", problems))
                .isEqualTo(new Requirement(false, "error", true, "/components/schemas/Loose"));
    }

    @Test
    void anUndefinedOptionalFieldFailsAtTheSchemaThatShouldDefineIt() {
        assertThat(requirement("error.nothing")).isEqualTo(new Requirement(false, "error.nothing", false,
                ENV + "/properties/error"));
        assertThat(requirement("absent")).isEqualTo(new Requirement(false, "absent", false, ENV));
        assertThat(schema("/components/schemas/Missing").requirement("error", problems))
                .isEqualTo(new Requirement(false, "error", false, "/components/schemas/Missing"));
    }

    @Test
    void occurrencesAreEveryDefinitionAndRequirementWithTheRefThatBroughtThemIn() {
        assertThat(schema(ENV).occurrences("error", problems)).containsExactly(
                new Occurrence(ENV + "/properties/error", Kind.DEFINES, null, null, null, false),
                new Occurrence(ENV + "/required/0", Kind.REQUIRES, null, null, null, false));
        assertThat(schema(ENV).occurrences("error.code", problems)).containsExactly(
                new Occurrence(ERR + "/properties/code", Kind.DEFINES, null, VIA, null, false),
                new Occurrence(ERR + "/required/0", Kind.REQUIRES, null, VIA, null, false));
        assertThat(schema(ENV).occurrences("trace", problems)).containsExactly(
                new Occurrence(ENV + "/required/1", Kind.REQUIRES, null, null, null, false));
        assertThat(schema(ENV).occurrences("nothing.at.all", problems)).isEmpty();
    }

    @Test
    void allowedValuesAreTheEnumsAndConstsOfTheField() {
        assertThat(schema(ENV).allowedValues("error.code", problems).values()).containsExactly(
                new AllowedValue("a", ERR + "/properties/code/enum/0"), new AllowedValue("b", ERR + "/properties/code/enum/1"));
        assertThat(schema(ENV).allowedValues("error.message", problems).values())
                .containsExactly(new AllowedValue("x", ERR + "/properties/message/const"));
        assertThat(schema(ENV).allowedValues("note", problems).defined()).isTrue();
        assertThat(schema(ENV).allowedValues("note", problems).values()).isNull();
        assertThat(schema(ENV).allowedValues("error.absent", problems).defined()).isFalse();
    }

    @Test
    void theEnvelopeIsUsedThroughItsOwnPointerOrARefToIt() {
        OpenApiDocument api = AlignmentFixtures.yaml("""
                components:
                  schemas:
                    Env: {type: object}
                    Alias: {$ref: "#/components/schemas/Env"}
                    Other: {type: object}
                """);
        EnvelopeSchema envelope = new EnvelopeSchema(api, ENV);
        assertThat(envelope.name()).isEqualTo("Env");
        assertThat(envelope.isUsedBy(ENV, problems)).isTrue();
        assertThat(envelope.isUsedBy("/components/schemas/Alias", problems)).isTrue();
        assertThat(envelope.isUsedBy("/components/schemas/Other", problems)).isFalse();
        assertThat(envelope.parts("/components/schemas/Alias", false, problems)).extracting(InstanceModel.Part::pointer)
                .containsExactly("/components/schemas/Alias", ENV);
    }
}
