// A clone without origin/main and pinBaseRefOptional=true: GUARD-PIN-CHANGED is only a warning and the build succeeds.
File root = basedir.canonicalFile
while (root != null && !new File(root, 'src/it/_support/GuardSupport.groovy').file) root = root.parentFile
assert root != null : "src/it/_support not found above $basedir"
def guard = evaluate(new File(root, 'src/it/_support/GuardSupport.groovy'))

// a repository with no remote at all, so origin/main is missing; pinBaseRefOptional=true
guard.initWithoutRemote()
true
