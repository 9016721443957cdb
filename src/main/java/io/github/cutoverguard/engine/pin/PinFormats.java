package io.github.cutoverguard.engine.pin;

import io.github.cutoverguard.engine.Check;
import io.github.cutoverguard.engine.Rule;
import io.github.cutoverguard.engine.Breach;
import io.github.cutoverguard.engine.json.JsonDocument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Raises {@link #RULE} when the pin's release tag does not match the release-tag pattern or its
 * commit SHA (or the recorded commit of its tag, {@code release_tag_commit_sha}) is not a full 40- or 64-character
 * lowercase hex object name.
 */
public final class PinFormats implements Check<JsonDocument> {

    public static final Rule RULE = Rule.PIN_FORMAT;
    /** Default release-tag pattern: semantic-version tags such as {@code v7.4.0}. */
    public static final String DEFAULT_RELEASE_TAG_PATTERN = "^v\\d+\\.\\d+\\.\\d+$";
    private static final Pattern SHA = Pattern.compile("^(?:[0-9a-f]{40}|[0-9a-f]{64})$");
    /** The member naming the producer repository, e.g. {@code billing_repo}. */
    private static final Pattern REPO_MEMBER = Pattern.compile("^[a-z][a-z0-9_]*_repo$");

    private final Pattern releaseTagPattern;

    public PinFormats(Pattern releaseTagPattern) {
        this.releaseTagPattern = releaseTagPattern;
    }

    @Override
    public Set<Rule> rules() {
        return Set.of(RULE);
    }

    @Override
    public List<Breach> check(JsonDocument pin) {
        List<Breach> breaches = new ArrayList<>();
        pin.text(PinFields.RELEASE_TAG).filter(tag -> !releaseTagPattern.matcher(tag).find()).ifPresent(tag ->
                breaches.add(breach(pin, PinFields.RELEASE_TAG, tag, "a tag matching " + releaseTagPattern.pattern(),
                        "use the producer's release tag exactly as published, e.g. v7.4.0 (or adjust releaseTagPattern)")));
        pin.text(PinFields.COMMIT_SHA).filter(sha -> !SHA.matcher(sha).matches()).ifPresent(sha ->
                breaches.add(breach(pin, PinFields.COMMIT_SHA, sha, "40 or 64 lowercase hex characters",
                        "pin the full lowercase SHA the producer's manifest names as commit_sha (git rev-parse expands a "
                                + "short one in the producer's clone; mvn cutover:repin writes it)")));
        pin.text(PinFields.RELEASE_TAG_COMMIT).filter(sha -> !SHA.matcher(sha).matches()).ifPresent(sha ->
                breaches.add(breach(pin, PinFields.RELEASE_TAG_COMMIT, sha, "40 or 64 lowercase hex characters",
                        "let mvn cutover:repin record the commit the tag resolves to (git rev-parse TAG^{commit})")));
        repositoryMember(pin).ifPresent(breaches::add);
        return breaches;
    }

    /** Whether {@code sha} is a full 40- or 64-character lowercase hex object name, as a pin must write it. */
    public static boolean isFullSha(String sha) {
        return SHA.matcher(sha).matches();
    }

    /**
     * Why what needs the pin's SHA {@code fields} cannot be checked, or empty when they are full: a short or malformed
     * {@code commit_sha} (or {@code release_tag_commit_sha}) is one {@link #RULE} breach, not one more per comparison.
     */
    public static Optional<String> notFullSha(JsonDocument pin, String... fields) {
        return Arrays.stream(fields)
                .filter(field -> pin.text(field).filter(sha -> !isFullSha(sha)).isPresent()).findFirst()
                .map(field -> "the pin's " + field + " is not a full SHA (" + RULE.id() + ")");
    }

    /**
     * Exactly one member ending in {@code _repo} names the producer repository. (A Java check, not a
     * schema clause: "some member name matches" needs {@code not/propertyNames/not} in JSON Schema,
     * whose inner failure makes networknt format a message for every valid pin, building a whole
     * {@code JsonMapper} on the first use: ~300 ms per build.)
     */
    private static Optional<Breach> repositoryMember(JsonDocument pin) {
        if (!pin.root().isObject()) {
            return Optional.empty();
        }
        List<String> members = repositoryMembers(pin);
        if (members.size() == 1) {
            return Optional.empty();
        }
        String expected = "exactly one member ending in _repo";
        if (members.isEmpty()) {
            return Optional.of(pin.breachAt(RULE, "", "the pin names no producer repository: no member ends in _repo")
                    .expected(expected).actual("none")
                    .hint("add the producer repository as \"<producer>_repo\", e.g. \"billing_repo\": \"https://github.com/org/billing\"")
                    .build());
        }
        return Optional.of(pin.breachAt(RULE, JsonDocument.pointerOf(members.get(1)), "the pin names "
                        + members.size() + " producer repositories " + members + "; a pin pins one producer")
                .expected(expected).actual(String.join(", ", members))
                .hint("keep the one producer this pin is for; pin other producers in their own pin files")
                .build());
    }

    /** The pin's members naming a producer repository ({@code <producer>_repo}), in pin order; one in a valid pin. */
    public static List<String> repositoryMembers(JsonDocument pin) {
        return pin.root().isObject()
                ? pin.root().propertyNames().stream().filter(n -> REPO_MEMBER.matcher(n).matches()).toList()
                : List.of();
    }

    private static Breach breach(JsonDocument pin, String field, String actual, String expected, String hint) {
        String pointer = JsonDocument.pointerOf(field);
        return pin.breachAt(RULE, pointer, field + " is \"" + actual + "\", expected " + expected)
                .expected(expected).actual(actual).hint(hint).build();
    }
}
