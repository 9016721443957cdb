// The reference producer (openapi.yaml at service.v3, its manifest, source of truth and schemas) with only the three files configured: check-alignment passes.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/AlignmentSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
evaluate(new File(root, 'src/it/_support/AlignmentSupport.groovy')).writeInputs()
true
