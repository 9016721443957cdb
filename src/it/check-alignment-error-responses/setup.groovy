// POST /v1/query/recall lost its 500 response while errorResponseOperations lists the query operations: ALIGN-ERROR-RESPONSES at its responses (openapi.yaml:179:7).
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/AlignmentSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
evaluate(new File(root, 'src/it/_support/AlignmentSupport.groovy')).writeInputs()
true
