// legacy_error comes back into ServiceErrorEnvelope through an allOf $ref to a LegacyErrorFields component: ALIGN-ENVELOPE at the component's legacy_error (openapi.yaml:889:9).
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/AlignmentSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
evaluate(new File(root, 'src/it/_support/AlignmentSupport.groovy')).writeInputs()
true
