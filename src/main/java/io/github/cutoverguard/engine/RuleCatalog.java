package io.github.cutoverguard.engine;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every stable rule ID the plugin raises, with what it means and the default fix hint. A goal's
 * rules join the catalog when the goal does; the README's rule table mirrors this catalog (a unit
 * test keeps them in step).
 */
public final class RuleCatalog {

    /** One rule: its stable ID, what a breach of it means, and how to fix it. */
    public record Rule(String id, String meaning, String hint) {
    }

    private static final Map<String, Rule> RULES;

    static {
        Map<String, Rule> rules = new LinkedHashMap<>();
        add(rules, "FILE-MISSING", "A configured input file does not exist or is not a readable regular file.",
                "create the file or correct the path in the plugin configuration");
        add(rules, "JSON-PARSE", "An input is not strict JSON: syntax error, duplicate key, trailing content, "
                + "invalid UTF-8, BOM/UTF-16, too deep or too large.",
                "fix the JSON at the given line:column; keys must be unique and the file plain UTF-8");
        add(rules, "JSON-SCHEMA", "An input does not match its JSON Schema.",
                "change the value at the given pointer so it satisfies the schema");
        add(rules, "PIN-FORMAT", "The pin's release tag or commit SHA is malformed.",
                "use a tag matching releaseTagPattern and a full 40- or 64-character lowercase hex SHA");
        add(rules, "PIN-RELEASE-TAG", "The pin's release_tag differs from <baseline><releaseTag>.",
                "repin only with a matching <baseline> change and a new compatibility-matrix row");
        add(rules, "PIN-COMMIT-SHA", "The pin's commit_sha differs from <baseline><commitSha>.",
                "repin only with a matching <baseline> change and a new compatibility-matrix row");
        add(rules, "PIN-SERVICE-CONTRACT", "The pin's service contract differs from <baseline><serviceContract>.",
                "keep the pinned service contract until the cutover is approved, then change pin and <baseline> together");
        add(rules, "PIN-API-CONTRACT", "The pin's API contract differs from <baseline><apiContract>.",
                "change the pin and <baseline><apiContract> together, in one reviewed change");
        add(rules, "PIN-INTEGRATION-BASELINE", "The pin's integration baseline differs from <baseline><integrationBaseline>.",
                "change the pin and <baseline><integrationBaseline> together, in one reviewed change");
        add(rules, "PIN-TARGET-CONTRACT", "In rehearsal mode the pin already names the target service contract.",
                "during a rehearsal the runtime stays on the baseline contract; switch only in mode=cutover after approval");
        add(rules, "MANIFEST-HASH", "The mirrored producer manifest's SHA-256 differs from the pin's expected_producer_manifest_sha256.",
                "mirror the manifest byte-for-byte from the pinned producer release, or update the pinned hash with the repin");
        add(rules, "MANIFEST-ALIGNMENT", "The mirrored manifest's tag, SHA or contract versions differ from the pin's.",
                "mirror the manifest of the pinned release; manifest and pin must describe the same release");
        add(rules, "ERROR-CODES", "The manifest's error-code enum has duplicates or is not set-equal to the expected codes.",
                "align expectedErrorCodes (or the consumer's error handling) with the producer's error_code_enum");
        add(rules, "MATRIX-BASELINE", "The compatibility matrix lacks the baseline tag/SHA lines or a contract version.",
                "add '- <Name> release tag: `TAG`' and '- <Name> commit SHA: `SHA`' lines and name the contract versions");
        add(rules, "MATRIX-APPROVED-ROW", "No compatibility-matrix table row holds the baseline tag and SHA side by side.",
                "add a row '| … | TAG | SHA | service | api | integration | Approved |' to the approved-pairs table");
        add(rules, "GIT-TAG-SHA", "In the producer repository the release tag is missing or does not resolve to the pinned SHA.",
                "fetch tags (git fetch --tags) or repin: a moved tag means the approved release changed");
        add(rules, "HANDOFF-BASELINE", "The handoff's active runtime baseline differs from <baseline>, or a release handoff's "
                + "release fields differ from its active baseline.",
                "regenerate the handoff from the manifest of the approved baseline");
        add(rules, "HANDOFF-CUTOVER-FLAG", "A rehearsal payload forces a runtime cutover, targets the active contract, "
                + "or targets another contract than <targetServiceContract>.",
                "set requires_runtime_cutover to false and target the contract being rehearsed");
        add(rules, "HANDOFF-ENVELOPE-POLICY", "An envelope policy's requires and forbids overlap, or the target contract's "
                + "policy is missing or lacks a configured required/forbidden field.",
                "make requires and forbids disjoint and list the configured fields in the target policy");
        add(rules, "HANDOFF-OVERLAP", "The migration overlap is shorter than minimumOverlapDays, the cutover date falls inside "
                + "it, or a fallback/stability flag is not true.",
                "extend the overlap to the manifest's minimum sprint days and keep every fallback guarantee true");
        add(rules, "HANDOFF-COMMANDS", "A configured required consumer or producer check is missing from the payload.",
                "add the configured checks to the payload's required-check lists");
        add(rules, "HANDOFF-STALE", "The committed handoff candidate differs from what generate-handoff makes of the manifest.",
                "run mvn cutover:generate-handoff and commit the result");
        add(rules, "PARITY-MISSING", "A file of the canonical contract pack is missing from a mirror.",
                "copy the file from the canonical directory into the mirror");
        add(rules, "PARITY-EXTRA", "A mirror holds a file (or a symbolic link) that the canonical contract pack does not have.",
                "remove the file from the mirror or add it to the canonical pack");
        add(rules, "PARITY-DIFFERENT", "A mirror's copy of a canonical file differs from it (SHA-256), or is a link that is not followed.",
                "copy the canonical file over the mirror's copy");
        add(rules, "ALIGN-SERVICE-VERSION", "The OpenAPI info.version differs from the producer manifest's "
                        + "expected_service_contract_version.",
                "set info.version to the manifest's expected_service_contract_version, or change both in one change");
        add(rules, "ALIGN-ERROR-CODES", "The error codes the OpenAPI error envelope allows (error.code enum, through $refs) "
                        + "are not set-equal to the manifest's error_code_enum, or repeat a code.",
                "make the envelope's error.code enum list exactly the manifest's error_code_enum");
        add(rules, "ALIGN-ENVELOPE", "The OpenAPI error envelope does not require an envelopeRequires field, defines or "
                        + "requires an envelopeForbids field (also through a $ref), cannot be found, or a $ref on the "
                        + "way is remote, dangling or cyclic.",
                "require every policy field in the envelope schema and remove forbidden fields, also from $ref'd components");
        add(rules, "ALIGN-ERROR-RESPONSES", "A 4xx/5xx/default response does not carry the error envelope, or an "
                        + "errorResponseOperations operation is missing or lacks a 4xx or a 500 response.",
                "declare the 4xx and 500 responses with the envelope, e.g. $ref: '#/components/responses/InternalError'");
        add(rules, "ALIGN-SCHEMA-ID", "A contract schema has no non-empty $id, repeats another schema's $id, or has an empty "
                        + "property name.",
                "give each contract schema its own non-empty $id and remove empty keys");
        add(rules, "ALIGN-SOURCE-OF-TRUTH", "The service-contract source of truth's versions, error codes or non-2xx envelope "
                        + "policy differ from the manifest's or the envelope policy, or it names an endpoint the "
                        + "OpenAPI description lacks.",
                "change the source of truth together with the manifest so that both state the same contract");
        add(rules, "GUARD-PIN-CHANGED", "The integration pin differs from its content at pinBaseRef, or cannot be compared "
                        + "with it (no repository, missing base ref, shallow clone without the base commit, new pin).",
                "revert the pin to its content at the base ref; if the base is missing, fetch it: git fetch origin main --depth=1");
        add(rules, "GUARD-RUNTIME-SWITCH", "In rehearsal mode a runtime configuration line names the target service contract "
                        + "or matches a forbiddenRuntimePatterns entry.",
                "keep the runtime on the baseline contract until the cutover is approved; remove the switch");
        add(rules, "GUARD-ENDPOINT-BOUNDARY", "A boundary endpoint appears in a source file that is not one of the adapterFiles.",
                "call the producer through the adapter, or add the file to adapterFiles if it is the adapter");
        add(rules, "GUARD-FALLBACK-REGRESSION", "A test matching fallbackTests failed or errored in the Surefire/Failsafe reports.",
                "fix the fallback path (or its test): a fallback regression is an immediate NO-GO");
        add(rules, "GUARD-FALLBACK-MISSING", "A fallbackTests pattern matches no executed test (skipped ones do not count), "
                        + "or a test report cannot be read.",
                "run the fallback tests before the guard goal, un-skip them, or correct the pattern");
        add(rules, "DOCS-MISSING-SNIPPET", "A governance document lacks a required line (after ${pin.*} expansion).",
                "add the line to the document; it must name the current <baseline>");
        add(rules, "DOCS-UPDATED-MARKER", "A governance document lacks its 'Updated: YYYY-MM-DD' line, or the date is not real.",
                "add or refresh the 'Updated: YYYY-MM-DD' line");
        add(rules, "CUTOVER-APPROVAL", "In cutover mode the approval record is missing, malformed, for another baseline, "
                + "lacks the producer's or the consumer's approval, or lists a gate that has not passed.",
                "record both approvals and every passed gate for this <baseline> in the cutover-approval.v1 file");
        add(rules, "VERDICT-INCOMPLETE", "A goal or check named in requiredChecks did not run in the verdict (its "
                        + "inputs are not configured, it was skipped, or no goal that ran has it).",
                "configure the inputs the skipped check needs (see the verdict's skipped list), or correct requiredChecks");
        RULES = java.util.Collections.unmodifiableMap(rules);
    }

    private RuleCatalog() {
    }

    private static void add(Map<String, Rule> rules, String id, String meaning, String hint) {
        rules.put(id, new Rule(id, meaning, hint));
    }

    /** All rules in documentation order. */
    public static Collection<Rule> all() {
        return RULES.values();
    }

    /** The rule with this ID; throws for an unknown ID (a programming error). */
    public static Rule get(String id) {
        Rule rule = RULES.get(id);
        if (rule == null) {
            throw new IllegalArgumentException("unknown rule ID " + id);
        }
        return rule;
    }

    /** The default fix hint for a rule ID. */
    public static String hintFor(String id) {
        return get(id).hint();
    }
}
