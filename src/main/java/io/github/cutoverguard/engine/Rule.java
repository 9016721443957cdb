package io.github.cutoverguard.engine;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every rule the plugin enforces, in documentation order: its stable ID, what a breach of it means and the
 * default fix hint. Breaches are built from these constants, so a breach of an unknown rule cannot exist; the
 * README's rule table, the SARIF rules and the ITs' rule list are read from (or tested against) this type.
 * Markdown in {@link #meaning()} (code spans) is kept as written. The check that raises a rule states it as its
 * {@code RULE} constant (the README's "Check class" column names it), and each goal lists its checks' rules in its
 * {@code RULES}, against which {@link #raisedBy()} is tested.
 */
public enum Rule {
    FILE_MISSING("FILE-MISSING",
            "A configured input does not exist, is a directory or cannot be read, or is not a regular file "
                + "inside the project's work tree: a symbolic link (at the file or a directory above it) or a path "
                + "outside, never followed (for `verify-parity`: the canonical directory or a mirror, or a "
                + "canonical file that is a link; for `check-alignment`: a configured `contractSchemasDirectory`).",
            "create the file or correct the path in the plugin configuration"),

    JSON_PARSE("JSON-PARSE",
            "An input is not strict JSON: syntax error, duplicate key (even when the last value is "
                + "right), trailing content, invalid UTF-8, BOM or UTF-16/32, nesting deeper than 200, a "
                + "file above `maxInputBytes`; for `openApiFile` also not strict YAML (duplicate key, a "
                + "YAML alias, a second document); for `guard`, a runtime configuration file that its "
                + "runtime's parser (`java.util.Properties`, `Properties.loadFromXML`, YAML, JSON) cannot "
                + "read.",
            "fix the JSON at the given line:column; keys must be unique and the file plain UTF-8"),

    JSON_SCHEMA("JSON-SCHEMA",
            "An input does not match its schema (`integration-pin.v1`, "
                + "`producer-contract-manifest.v1`, `service-contract-source.v1`, the handoff schemas or a user "
                + "`schemaFile`; timestamps "
                + "must parse; a \"non-empty\" text needs a visible character, a zero-width or no-break space alone "
                + "is empty), or a payload is no known handoff kind, or `openApiFile` is no OpenAPI 3.x "
                + "description, or a goal that needs a released producer manifest (all but `check-alignment`; the "
                + "manifest at a release tag too) is given a prepared one (no `commit_sha`).",
            "change the value at the given pointer so it satisfies the schema"),

    PIN_FORMAT("PIN-FORMAT",
            "`release_tag` does not match `releaseTagPattern`, `commit_sha` is not 40/64 lowercase "
                + "hex, or the pin has no (or more than one) `<producer>_repo` member.",
            "use a tag matching releaseTagPattern and a full 40- or 64-character lowercase hex SHA"),

    PIN_RELEASE_TAG("PIN-RELEASE-TAG",
            "The pin's `release_tag` differs from `<baseline><releaseTag>`.",
            "repin only with a matching <baseline> change and a new compatibility-matrix row"),

    PIN_COMMIT_SHA("PIN-COMMIT-SHA",
            "The pin's `commit_sha` differs from `<baseline><commitSha>`.",
            "repin only with a matching <baseline> change and a new compatibility-matrix row"),

    PIN_SERVICE_CONTRACT("PIN-SERVICE-CONTRACT",
            "The pin's `expected_service_contract_version` differs from "
                + "`<baseline><serviceContract>`.",
            "keep the pinned service contract until the cutover is approved, then change pin and "
                + "<baseline> together"),

    PIN_API_CONTRACT("PIN-API-CONTRACT",
            "The pin's `expected_api_contract_version` differs from `<baseline><apiContract>`.",
            "change the pin and <baseline><apiContract> together, in one reviewed change"),

    PIN_INTEGRATION_BASELINE("PIN-INTEGRATION-BASELINE",
            "The pin's `expected_integration_baseline` differs from "
                + "`<baseline><integrationBaseline>`.",
            "change the pin and <baseline><integrationBaseline> together, in one reviewed change"),

    PIN_TARGET_CONTRACT("PIN-TARGET-CONTRACT",
            "In `rehearsal` mode the pin already names `targetServiceContract`.",
            "during a rehearsal the runtime stays on the baseline contract; switch only in "
                + "mode=cutover after approval"),

    MANIFEST_HASH("MANIFEST-HASH",
            "The mirrored manifest's SHA-256 differs from the pin's "
                + "`expected_producer_manifest_sha256`.",
            "if the mirror was edited, restore it from the pinned release's manifest; if it is the release's, the "
                + "pinned hash is wrong: mvn cutover:repin does either"),

    MANIFEST_SOURCE("MANIFEST-SOURCE",
            "With `producerRepository`: the mirrored manifest is not byte-identical to the producer's "
                + "manifest at the release tag (`producerManifestPath`, default the manifest in the tree at the tag "
                + "whose `release_tag` is the tag, the canonical copy over byte-identical mirrors), or the tag holds "
                + "none, or several that differ.",
            "mirror the manifest byte-for-byte from the tagged release: mvn cutover:repin writes it"),

    MANIFEST_ALIGNMENT("MANIFEST-ALIGNMENT",
            "The manifest's `release_tag`, `commit_sha`, contract versions or `integration_baseline` "
                + "differ from the pin's.",
            "mirror the manifest of the pinned release; manifest and pin must describe the same "
                + "release"),

    ERROR_CODES("ERROR-CODES",
            "`check-pin`: the manifest's `error_code_enum` repeats a code, lacks an expected code or "
                + "holds an unexpected one. `validate-handoff`: the payload's codes differ from the manifest's "
                + "under `errorCodeComparison` (default set equality) or the payload's `validation_mode` if "
                + "stricter, the payload states a `validation_mode` the consumer did not allow, or a code "
                + "repeats. Each code is named.",
            "align expectedErrorCodes (or the consumer's error handling) with the producer's "
                + "error_code_enum"),

    MATRIX_BASELINE("MATRIX-BASELINE",
            "The matrix lacks `- <Name> release tag: `TAG`` / `- <Name> commit SHA: `SHA`` bullet items "
                + "with the baseline values, or never mentions a baseline contract version (a comment, a fence, "
                + "indented code or, for the bullet items, a block quote does not count).",
            "add '- <Name> release tag: `TAG`' and '- <Name> commit SHA: `SHA`' lines and name the "
                + "contract versions"),

    MATRIX_APPROVED_ROW("MATRIX-APPROVED-ROW",
            "No body row of a table (as CommonMark with GitHub's tables reads it: not in a comment, a fence, "
                + "indented code or a block quote) holds the baseline tag and SHA in adjacent cells with the status "
                + "`Approved` (a `Revoked`, `Superseded`, `Rejected` or status-less row is named as such "
                + "and does not count).",
            "add a row '| … | TAG | SHA | service | api | integration | Approved |' to the "
                + "approved-pairs table"),

    GIT_TAG_SHA("GIT-TAG-SHA",
            "In `producerRepository` the tag is absent, the pinned SHA is not in the producer's "
                + "history, the tag resolves to a commit that is neither the pinned SHA nor a descendant "
                + "of it (a tag moved off the pinned history), the tag resolves elsewhere than the commit the "
                + "pin recorded (`release_tag_commit_sha`: a tag moved after the pin), or the directory is not "
                + "a git repository. The pinned SHA may be the tag's commit or an ancestor: producers tag the "
                + "commit after the code commit their manifest names. A pin without the record gets a "
                + "warning with the `repin` command that adds it.",
            "fetch tags (git fetch --tags) or repin: a moved tag means the approved release changed"),

    ROLLBACK_READINESS("ROLLBACK-READINESS",
            "With `producerRepository`, in a rehearsal (a `targetServiceContract`) or in `cutover` mode: a rollback "
                + "would fail. The release to return to (in a rehearsal the pinned one, in `cutover` mode the "
                + "approval's `previous_baseline`) no longer holds in the producer's history (its tag is gone or "
                + "resolves off its commit), its manifest at the tag cannot be read or does not name it, or the "
                + "rollback's pin, mirror and matrix cannot be computed (a dry run, nothing written).",
            "keep the release to return to in the producer's history (restore its tag: git fetch --tags), and "
                + "check the approval's previous_baseline"),

    HANDOFF_BASELINE("HANDOFF-BASELINE",
            "The payload's active runtime baseline differs from `<baseline>`, or a release handoff's "
                + "own release fields differ from its active baseline (a candidate may change only the "
                + "service contract), or, with `producerManifestFile`, from the manifest's release (tag, "
                + "SHA, contract versions, integration baseline).",
            "regenerate the handoff from the manifest of the approved baseline"),

    HANDOFF_CUTOVER_FLAG("HANDOFF-CUTOVER-FLAG",
            "A rehearsal payload (`<slug>-rehearsal-handoff.v1` or a `<slug>-candidate` release "
                + "handoff, for any contract `<name>.v<N>`) sets `requires_runtime_cutover` to anything "
                + "but `false` or leaves it out, targets the active contract, or targets another contract than "
                + "`targetServiceContract`; a rehearsal handoff's `mode` is not `candidateMode` (default "
                + "`planning_only_no_runtime_cutover`), its target API contract not `targetApiContract` (default: "
                + "`<baseline>`'s), or its `payload_contract_version` names another contract than its target; or a "
                + "`<slug>-candidate` mode names another contract than the payload's target.",
            "set requires_runtime_cutover to false and target the contract being rehearsed"),

    HANDOFF_ENVELOPE_POLICY("HANDOFF-ENVELOPE-POLICY",
            "An envelope policy's `requires` and `forbids` overlap, or a policy of the target "
                + "contract (every `<slug_>_*` key, e.g. `billing_v8_candidate`) is missing or does not "
                + "require every `targetEnvelopeRequires` field / forbid every `targetEnvelopeForbids` field, or the "
                + "active contract's `<slug_>_stable` policy is missing or does not require every "
                + "`stableEnvelopeRequires` / forbid every `stableEnvelopeForbids` field (a stable release handoff "
                + "states its own stable policy unless `stableEnvelope*` is configured).",
            "make requires and forbids disjoint and list the configured fields in the target policy"),

    HANDOFF_OVERLAP("HANDOFF-OVERLAP",
            "The overlap is shorter than `minimumOverlapDays`, `cutover_not_before_utc_date` falls "
                + "inside it, or a fallback/stability flag is not `true`; a required flag (named for the "
                + "active contract, e.g. `billing_v7_stability_required`) is missing; or the overlap, its "
                + "dates or its minimum cannot be read.",
            "extend the overlap to the manifest's minimum sprint days and keep every fallback "
                + "guarantee true"),

    HANDOFF_COMMANDS("HANDOFF-COMMANDS",
            "A `requiredConsumerChecks` / `requiredProducerChecks` entry is missing from the "
                + "payload's required checks, or a command list (`verification_commands`, the required "
                + "checks) is empty.",
            "add the configured checks to the payload's required-check lists"),

    HANDOFF_STALE("HANDOFF-STALE",
            "With `checkStale`, the committed candidate differs from what `generate-handoff` makes "
                + "of the manifest (its `generated_at_utc` too when `-Dcutover.generatedAt` or "
                + "`project.build.outputTimestamp` is set; the order of the error codes is no meaning), or it is older "
                + "than the commit that last changed the manifest (when git can say); the log shows a unified diff.",
            "run mvn cutover:generate-handoff and commit the result"),

    PARITY_MISSING("PARITY-MISSING",
            "A file of the canonical pack (matching `includes`/`excludes`) is missing from a mirror.",
            "copy the file from the canonical directory into the mirror"),

    PARITY_EXTRA("PARITY-EXTRA",
            "A mirror holds a selected file the canonical pack does not have, or a symbolic link "
                + "that is not followed (it leaves the mirror, is broken or forms a cycle) where the "
                + "canonical pack has no regular file.",
            "remove the file from the mirror or add it to the canonical pack"),

    PARITY_DIFFERENT("PARITY-DIFFERENT",
            "A mirror's copy of a canonical file has other bytes (both SHA-256s are reported), or is "
                + "a symbolic link that is not followed (e.g. one that leaves the mirror).",
            "copy the canonical file over the mirror's copy"),

    ALIGN_SERVICE_VERSION("ALIGN-SERVICE-VERSION",
            "The OpenAPI `info.version` differs from the manifest's "
                + "`expected_service_contract_version` (or either is missing).",
            "set info.version to the manifest's expected_service_contract_version, or change both in "
                + "one change"),

    ALIGN_ERROR_CODES("ALIGN-ERROR-CODES",
            "The codes the error envelopes allow together (`enum`/`const` of `error.code`, else of a "
                + "top-level `code`, through `$ref`, `allOf`, `anyOf`, `oneOf`: what an instance can "
                + "satisfy, the intersection under `allOf` and the union over `anyOf`/`oneOf` branches) are "
                + "not set-equal to the manifest's `error_code_enum`, no code is valid (enums that must all "
                + "hold share none), a code is constrained where the check does not model it (`not`, "
                + "`dependentSchemas`), a code repeats, no envelope enumerates a code, or one does while "
                + "the manifest declares `\"error_codes_enumerated\": false`. Each missing and unexpected "
                + "code is named. Skipped as not applicable when the manifest declares free-string codes "
                + "and no envelope enumerates one.",
            "make the envelope's error.code enum list exactly the manifest's error_code_enum"),

    ALIGN_ENVELOPE("ALIGN-ENVELOPE",
            "An error envelope does not require an `apiEnvelopeRequires` field or admits a body that "
                + "is no object (`type: [object, \"null\"]`), defines, admits or requires an "
                + "`apiEnvelopeForbids` field (judged as an instance is validated: `$ref`, "
                + "`allOf`/`anyOf`/`oneOf`, `if`/`then`/`else`, `dependentSchemas`, `patternProperties`, "
                + "`additionalProperties`, `unevaluatedProperties`; a field named under `not` is beyond the "
                + "analysis and a breach), leaves open an object level where one would sit (no schema that "
                + "always applies there closes it or names the field, so an instance carrying it validates), "
                + "an error response adds one beside the envelope, the envelope "
                + "cannot be found, or a `$ref` on the way is remote, dangling or cyclic.",
            "require every policy field in the envelope schema, close it (additionalProperties: false) and "
                + "remove forbidden fields, also from $ref'd components"),

    ALIGN_ERROR_RESPONSES("ALIGN-ERROR-RESPONSES",
            "A 4xx/5xx/`default` response (followed through `#/components/responses/...`) has no "
                + "content (unless `errorStatusesWithoutBody` allows its status; one breach per status) or a "
                + "body that is no envelope (one breach per schema or inline shape, naming how many responses "
                + "return it); an `errorResponseOperations` entry names no "
                + "operation, or its operation lacks a 4xx or a 500; or a response `$ref` is remote, "
                + "dangling or cyclic.",
            "declare the 4xx and 500 responses with the envelope, e.g. $ref: "
                + "'#/components/responses/InternalError'"),

    ALIGN_SCHEMA_ID("ALIGN-SCHEMA-ID",
            "A contract schema has no `$id`, an empty or non-string `$id`, another schema's `$id`, "
                + "or an empty property name (`\"\"`) anywhere.",
            "give each contract schema its own non-empty $id and remove empty keys"),

    ALIGN_SOURCE_OF_TRUTH("ALIGN-SOURCE-OF-TRUTH",
            "The source of truth's contract versions or `integration_baseline` differ from the "
                + "manifest's; its `error_code_enum` is not set-equal to the manifest's; its "
                + "`non_2xx_envelope_policy` `requires`/`forbids` differ from a configured "
                + "`apiEnvelopeRequires`/`apiEnvelopeForbids` (without them, its policy is the policy of every "
                + "check) or overlap; or an `*_endpoint` names a path the OpenAPI description lacks.",
            "change the source of truth together with the manifest so that both state the same "
                + "contract"),

    GUARD_PIN_CHANGED("GUARD-PIN-CHANGED",
            "The integration pin differs from its content at `pinBaseRef` (the log shows a unified "
                + "diff), or cannot be compared with it: no git repository, base ref missing, shallow "
                + "clone without the base commit, or a pin that is new since the base. With "
                + "`pinBaseRefOptional` the cannot-compare cases are warnings.",
            "revert the pin to its content at the base ref; if the base is missing, fetch it: git "
                + "fetch --depth=1 origin +refs/heads/main:refs/remotes/origin/main"),

    GUARD_RUNTIME_SWITCH("GUARD-RUNTIME-SWITCH",
            "In `rehearsal` mode a key or value of a file matched by `runtimeConfigIncludes`, read as "
                + "its runtime reads it (`java.util.Properties` for `.properties` and XML properties "
                + "documents, Jackson for YAML and JSON: escapes, continuations and byte-order marks "
                + "resolved, comments ignored), names `targetServiceContract` as a whole token "
                + "(`billing.v8`, not `billing.v81`) or matches a `forbiddenRuntimePatterns` regex; each "
                + "hit at file:line:column, with how it is written when that differs.",
            "keep the runtime on the baseline contract until the cutover is approved; remove the "
                + "switch"),

    GUARD_ENDPOINT_BOUNDARY("GUARD-ENDPOINT-BOUNDARY",
            "A `boundaryEndpoints` literal appears in a `boundarySourceIncludes` file that is not "
                + "one of the `adapterFiles`, read as javac reads it (Unicode escapes such as `\\u006c` "
                + "and string escapes such as `\\154` resolved); each occurrence at the file:line:column "
                + "where it is written.",
            "call the producer through the adapter, or add the file to adapterFiles if it is the "
                + "adapter"),

    GUARD_FALLBACK_REGRESSION("GUARD-FALLBACK-REGRESSION",
            "A test matching `fallbackTests` (nested classes included) failed or errored in the Surefire/Failsafe "
                + "XML reports; "
                + "the test and its message are named. A fallback regression makes the verdict an "
                + "immediate NO-GO.",
            "fix the fallback path (or its test): a fallback regression is an immediate NO-GO"),

    GUARD_FALLBACK_MISSING("GUARD-FALLBACK-MISSING",
            "A `fallbackTests` pattern matches no executed test (skipped ones do not count), its report is "
                + "older than the newest compiled class (stale), a `TEST-*.xml` report is malformed or not a test "
                + "report, or the build skipped its tests (`-DskipTests`, `-Dmaven.test.skip`, "
                + "`-Dmaven.test.skip.exec`) or selected others (`-Dtest`, `-Dit.test`): the fallback is unproven, "
                + "and the verdict NO-GO.",
            "run the fallback tests before the guard goal, un-skip them, or correct the pattern"),

    DOCS_MISSING_SNIPPET("DOCS-MISSING-SNIPPET",
            "A `check-docs` document lacks a `mustContain` line (after `${pin.*}` expansion; compared as both "
                + "render, text in a comment, a fence or indented code not counting).",
            "add the line to the document; it must name the current <baseline>"),

    DOCS_UPDATED_MARKER("DOCS-UPDATED-MARKER",
            "A document with `requireUpdatedMarker` has no line of its own paragraphs starting with "
                + "`Updated: YYYY-MM-DD` (after a bullet or emphasis; \"Status page (Updated: weekly)\", a quoted "
                + "`> Updated:` line and one in a comment, a fence or code are not the marker), or its date is not "
                + "a real date.",
            "add or refresh the 'Updated: YYYY-MM-DD' line"),

    CUTOVER_APPROVAL("CUTOVER-APPROVAL",
            "In `cutover` mode the approval record "
                + "([`cutover-approval.v1`](schemas/cutover-approval.v1.schema.json), example in "
                + "[`schemas/examples/`](schemas/examples/cutover-approval.v1.example.json)) is missing, "
                + "malformed, for another baseline, lacks the producer's or the consumer's approval, or "
                + "lists a gate that is not `passed`.",
            "record both approvals and every passed gate for this <baseline> in the "
                + "cutover-approval.v1 file"),

    VERDICT_INCOMPLETE("VERDICT-INCOMPLETE",
            "A goal or check named in the verdict's `requiredChecks` did not run: the goal's inputs "
                + "are not configured, the check was skipped, or no goal that ran has a check of that ID "
                + "(a misspelt entry fails, it never passes). For `verdict-aggregate`: a module of the reactor "
                + "that binds `verdict` wrote no `verdict.json` in this build, or was not built (`-pl`, `-rf`, `-N`).",
            "configure the inputs the skipped check needs (see the verdict's skipped list), fix the check that "
                + "failed before it, or correct requiredChecks"),

    WAIVER_EXPIRED("WAIVER-EXPIRED",
            "A waiver of `waiverFile` (`cutover-waivers.v1`) is past its `expires` day (the clock is `-Dcutover.today`, "
                + "default today in UTC): it waives nothing and is an error naming its owner. Within "
                + "`waiverWarningDays` of that day it is a warning ahead.",
            "fix the waived breach and delete the waiver, or agree a new expires day with its owner"),

    WAIVER_UNUSED("WAIVER-UNUSED",
            "A waiver matched no breach of the goals that ran and can raise its rule (a warning): the breach it "
                + "accepted is gone, or its `file`, `pointer`, `match` or `release_tag` no longer fit.",
            "delete the waiver, or correct what it matches");

    /** Every goal: the input rules (a configured file missing, no strict JSON, not its schema). */
    public static final Set<String> ANY_GOAL = Set.of("*");

    private static final Map<String, Rule> BY_ID = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Rule::id, Function.identity()));

    private final String id;
    private final String meaning;
    private final String hint;

    Rule(String id, String meaning, String hint) {
        this.id = id;
        this.meaning = meaning;
        this.hint = hint;
    }

    /** The stable ID users see, e.g. {@code PIN-RELEASE-TAG}. */
    public String id() {
        return id;
    }

    /** When a breach of the rule is raised (Markdown code spans as in the README). */
    public String meaning() {
        return meaning;
    }

    /** The default fix hint, used when a check gives no more specific one. */
    public String hint() {
        return hint;
    }

    /**
     * The goals whose runs raise this rule, {@link #ANY_GOAL} for the input rules: a waiver of the rule is judged
     * (expired, unused) by these goals and the verdict. A new rule does not compile until it is placed here.
     */
    public Set<String> raisedBy() {
        return switch (this) {
            case FILE_MISSING, JSON_PARSE, JSON_SCHEMA -> ANY_GOAL;
            case PIN_FORMAT, PIN_RELEASE_TAG, PIN_COMMIT_SHA, PIN_SERVICE_CONTRACT, PIN_API_CONTRACT,
                    PIN_INTEGRATION_BASELINE, PIN_TARGET_CONTRACT, MANIFEST_HASH, MANIFEST_SOURCE, MANIFEST_ALIGNMENT,
                    MATRIX_BASELINE, MATRIX_APPROVED_ROW, GIT_TAG_SHA, ROLLBACK_READINESS -> Set.of("check-pin");
            case ERROR_CODES -> Set.of("check-pin", "validate-handoff");
            case HANDOFF_BASELINE, HANDOFF_CUTOVER_FLAG, HANDOFF_ENVELOPE_POLICY, HANDOFF_OVERLAP, HANDOFF_COMMANDS,
                    HANDOFF_STALE -> Set.of("validate-handoff");
            case PARITY_MISSING, PARITY_EXTRA, PARITY_DIFFERENT -> Set.of("verify-parity");
            case ALIGN_SERVICE_VERSION, ALIGN_ERROR_CODES, ALIGN_ENVELOPE, ALIGN_ERROR_RESPONSES, ALIGN_SCHEMA_ID,
                    ALIGN_SOURCE_OF_TRUTH -> Set.of("check-alignment");
            case GUARD_PIN_CHANGED, GUARD_RUNTIME_SWITCH, GUARD_ENDPOINT_BOUNDARY, GUARD_FALLBACK_REGRESSION,
                    GUARD_FALLBACK_MISSING -> Set.of("guard");
            case DOCS_MISSING_SNIPPET, DOCS_UPDATED_MARKER -> Set.of("check-docs");
            case CUTOVER_APPROVAL -> Set.of("guard", "verdict");
            case VERDICT_INCOMPLETE -> Set.of("verdict");
            case WAIVER_EXPIRED, WAIVER_UNUSED -> ANY_GOAL;
        };
    }

    /**
     * Why a waiver may not accept a breach of this rule, or {@code null} when it may: a broken or unproven fallback is an
     * immediate NO-GO, the joint approval is the cutover's gate, {@code requiredChecks} is the POM's own demand, and a
     * waiver cannot waive the waivers.
     */
    public String unwaivable() {
        return switch (this) {
            case GUARD_FALLBACK_REGRESSION -> "a fallback regression is an immediate NO-GO";
            case GUARD_FALLBACK_MISSING -> "fallback tests that did not run leave the fallback unproven, an immediate NO-GO";
            case VERDICT_INCOMPLETE -> "requiredChecks is the POM's own demand: change requiredChecks instead";
            case CUTOVER_APPROVAL -> "the joint approval is the cutover's gate";
            case WAIVER_EXPIRED, WAIVER_UNUSED -> "a waiver cannot waive the waivers";
            default -> null;
        };
    }

    /**
     * The rule with this ID.
     *
     * @throws IllegalArgumentException for an unknown ID (a programming error: a breach of no rule)
     */
    public static Rule of(String id) {
        Rule rule = BY_ID.get(id);
        if (rule == null) {
            throw new IllegalArgumentException("unknown rule ID " + id);
        }
        return rule;
    }

    @Override
    public String toString() {
        return id;
    }
}
