// The source of truth's non_2xx_envelope_policy no longer forbids legacy_error, unlike the envelope policy: ALIGN-SOURCE-OF-TRUTH at its forbids list (29:16).
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/AlignmentSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
evaluate(new File(root, 'src/it/_support/AlignmentSupport.groovy')).writeInputs()
true
