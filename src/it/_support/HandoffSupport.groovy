/*
 * Fixtures and assertions of the validate-handoff / generate-handoff invoker ITs: load with
 * its.load('HandoffSupport') (see ItSupport.groovy, whose shared assertions these use as `its`).
 */
import groovy.transform.Field

/** The loaded ItSupport (set by its.load). */
@Field def its

/** The reference payloads (src/test/resources/reference/producer) and their real SHA-256. */
@Field static final Map<String, String> REFERENCE_SHA256 = [
        'SERVICE_V3_REHEARSAL_HANDOFF_CANDIDATE.json'        : '8905291ef40c1c4e77415738ed6fb70bc772a0b5563bb6b942845896ef6f7bad',
        'PRODUCER_RELEASE_HANDOFF_service-v3-candidate.json' : '8fd37e9579ea57796735782ec69fee5739b1b8c6fc0ba9d28b933b87ae8a1831',
        'PRODUCER_RELEASE_HANDOFF_stable-v0.4.0.json'        : 'fee9c91cd01746ffa30cab94d391186f232fbcb57f7a6257251f82f67c40dd28',
        'producer-contract-manifest_at-rehearsal.json'       : '67408e0bcf7d9e88c27c9e54c996c32d23aa915eb572ede46dd5ee6e3728c6f6']

/** The IT's copy at `path` is the reference payload byte for byte (and the reference has its known hash). */
void assertReferenceCopy(String path, String referenceName) {
    byte[] ref = its.reference(referenceName).bytes
    if (REFERENCE_SHA256.containsKey(referenceName)) {
        assert its.sha256(ref) == REFERENCE_SHA256[referenceName] : "the reference $referenceName changed"
    }
    assert new File(basedir, path).bytes == ref : "$path is not a byte-for-byte copy of $referenceName"
}

/**
 * The IT's copy at `path` is the reference payload with exactly the given edits
 * ([from: to, ...], each `from` occurring once in the reference): documents the change under test
 * and proves everything else is the real payload.
 */
void assertEditedCopy(String path, String referenceName, Map<String, String> edits) {
    String text = its.reference(referenceName).getText('UTF-8')
    edits.each { String from, String to ->
        assert text.count(from) == 1 : "the edit anchor occurs ${text.count(from)} times in $referenceName: $from"
        text = text.replace(from, to)
    }
    assert new File(basedir, path).getText('UTF-8') == text : "$path is not $referenceName with the edits $edits"
}

/**
 * The payload was recognised and named by its real SHA-256: the console says
 * "Accepted|Rejected <kind> payload <path> sha256 <sha>" and the evidence's acceptance agrees.
 * accepted: true (Accepted, accepted=true), false (Rejected, accepted=false), or null to leave
 * the verdict unchecked.
 */
Map assertAcceptance(String path, String kind, Boolean accepted) {
    String sha = its.sha256(path)
    List<String> verbs = accepted == null ? ['Accepted', 'Rejected'] : [accepted ? 'Accepted' : 'Rejected']
    List<String> wanted = verbs.collect { "[INFO] $it $kind payload $path sha256 $sha".toString() }
    assert its.buildLog().readLines().any { it in wanted } : "build.log lacks the line: ${wanted.join(' or ')}"
    Map ev = its.evidence('validate-handoff')
    Map acceptance = ev.acceptance
    assert acceptance : "evidence has no acceptance record"
    assert acceptance.sha256 == sha
    assert acceptance.kind == kind
    if (accepted != null) {
        assert acceptance.accepted == accepted : "evidence acceptance.accepted is ${acceptance.accepted}, expected $accepted"
    }
    assert acceptance.payload.replace('\\', '/').endsWith(path)
    def input = ev.inputs.find { it.path.replace('\\', '/').endsWith(path) }
    assert input?.sha256 == sha : "evidence inputs ${ev.inputs} do not name $path with sha256 $sha"
    acceptance
}

/** The payload was not recognised (unreadable): no acceptance line, no acceptance record. */
void assertNoAcceptance() {
    assert !its.buildLog().readLines().any { it ==~ /^\[INFO\] (Accepted|Rejected) .* payload .*/ } :
            'an unreadable payload must not be accepted or rejected'
    Map acceptance = its.evidence('validate-handoff').acceptance
    assert acceptance == null : "unexpected acceptance $acceptance"
}

/**
 * The billing team's fixtures (src/it/_support/handoff): an invoicing consumer of billing on billing.v7 (v1.4.0)
 * rehearsing billing.v8, whose rehearsal handoff and billing-v8-candidate release handoff pass validate-handoff
 * with the IT poms' configuration.
 */
@Field static final String BILLING_MANIFEST = 'billing-producer-contract-manifest.json'

/** Where setup.groovy keeps what it wrote, so that verify.groovy can tell that the build changed none of it. */
@Field static final String WRITTEN = '.it-setup'

/**
 * setup.groovy of a billing case: writes handoff/<payload>, the billing fixture of that name with exactly the given
 * `edits` ([from: to, ...], each `from` occurring once: the adversary's change, in one place), and
 * contracts/producer-contract-manifest.json, the billing manifest; keeps a copy of both under .it-setup.
 */
void writeBillingCase(String payload, Map<String, String> edits) {
    String text = new File(its.supportDir(), "handoff/$payload").getText('UTF-8')
    edits.each { String from, String to ->
        assert text.count(from) == 1 : "the edit anchor occurs ${text.count(from)} times in $payload: $from"
        text = text.replace(from, to)
    }
    String manifest = new File(its.supportDir(), "handoff/$BILLING_MANIFEST").getText('UTF-8')
    ["handoff/$payload": text, 'contracts/producer-contract-manifest.json': manifest].each { String path, String content ->
        [path, "$WRITTEN/$path"].each { String target ->
            File file = new File(basedir, target)
            file.parentFile.mkdirs()
            file.setText(content, 'UTF-8')
        }
    }
}

/**
 * A billing case (see writeBillingCase) rejected for one rule, as assertRejected says, except that the inputs are
 * compared with what setup.groovy wrote. Returns the breach lines.
 */
List<Map> assertRejectedBillingCase(Map args) {
    List<Map> breaches = assertRejected(args + [written: true])
    assertBillingCaseUnchanged(args.payload)
    breaches
}

/** The build changed neither file writeBillingCase wrote. */
void assertBillingCaseUnchanged(String payload) {
    ["handoff/$payload", 'contracts/producer-contract-manifest.json'].each { String path ->
        assert new File(basedir, path).bytes == new File(basedir, "$WRITTEN/$path").bytes : "$path was modified by the build"
    }
}

/**
 * A payload rejected for one rule: BUILD FAILURE in validate-handoff, the breaches all of `rule` (and of the rules
 * listed in `also`, each raised too) with one at each of handoff/<payload>:<at> (a location or a list of them), failing evidence, the payload named by its SHA-256 and
 * rejected as `kind`, and (unless `written`: setup.groovy wrote them) neither it nor
 * contracts/producer-contract-manifest.json changed by the build. Returns the breach lines.
 */
List<Map> assertRejected(Map args) {
    String path = "handoff/${args.payload}"
    its.assertBuildFailure('validate-handoff')
    List<String> at = [args.at].flatten().collect { "$path:$it".toString() }
    List<Map> breaches = its.assertBreaches(required: [args.rule] + (args.also ?: []), at: [(args.rule): at])
    its.assertEvidence('validate-handoff', 'fail')
    assertAcceptance(path, args.kind, false)
    if (!args.written) {
        its.assertInputsUnchanged(path, 'contracts/producer-contract-manifest.json')
    }
    breaches
}

/**
 * A reference payload with one change, rejected for one rule (see assertRejected), the IT's handoff/<payload> the
 * reference <payload> with exactly `edits`. Returns the breach lines.
 */
List<Map> assertRejectedEdit(Map args) {
    List<Map> breaches = assertRejected(args)
    assertEditedCopy("handoff/${args.payload}", args.payload, args.edits)
    breaches
}

/**
 * The reference stable v0.4.0 release handoff (with the v0.4.0 manifest) is accepted with its real SHA-256 by a consumer
 * on v0.4.0 / service.v3: every check that applies passed, the rehearsal-only checks skipped, nothing changed.
 */
void assertStableReferenceAccepted() {
    its.assertBuildSuccess()
    its.assertNoBreaches()
    assertReferenceCopy('handoff/PRODUCER_RELEASE_HANDOFF_stable-v0.4.0.json', 'PRODUCER_RELEASE_HANDOFF_stable-v0.4.0.json')
    assertReferenceCopy('contracts/producer-contract-manifest.json', 'contracts-integration-v1/producer-contract-manifest.json')
    def ev = its.assertEvidence('validate-handoff', 'pass')
    def acceptance = assertAcceptance('handoff/PRODUCER_RELEASE_HANDOFF_stable-v0.4.0.json', 'release-handoff-stable.v1', true)
    assert acceptance.sha256 == 'fee9c91cd01746ffa30cab94d391186f232fbcb57f7a6257251f82f67c40dd28'
    assert its.buildLog().contains('[INFO] Accepted release-handoff-stable.v1 payload handoff/PRODUCER_RELEASE_HANDOFF_stable-v0.4.0.json sha256 fee9c91cd01746ffa30cab94d391186f232fbcb57f7a6257251f82f67c40dd28')
    assert ev.baseline.release_tag == 'v0.4.0'
    ['handoff.schema', 'handoff.baseline', 'handoff.envelope-policy', 'handoff.error-codes', 'handoff.commands'].each {
        assert its.checkStatus(ev, it) == 'pass'
    }
    // a stable release is no rehearsal: no cutover-flag or overlap check
    assert its.checkStatus(ev, 'handoff.cutover-flag') == 'skipped'
    assert its.checkStatus(ev, 'handoff.overlap') == 'skipped'
    its.assertInputsUnchanged('handoff/PRODUCER_RELEASE_HANDOFF_stable-v0.4.0.json', 'contracts/producer-contract-manifest.json')
}

return this
