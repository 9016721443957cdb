// openapi.yaml repeats the key title under info: JSON-PARSE with the line of the duplicate (openapi.yaml:4), and the OpenAPI checks are skipped.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/AlignmentSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
evaluate(new File(root, 'src/it/_support/AlignmentSupport.groovy')).writeInputs()
true
