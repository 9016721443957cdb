// openapi.yaml says info.version service.v2 while the manifest expects service.v3: ALIGN-SERVICE-VERSION at openapi.yaml:4:12.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/AlignmentSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
evaluate(new File(root, 'src/it/_support/AlignmentSupport.groovy')).writeInputs()
true
