// A clone without origin/main and pinBaseRefOptional=true: GUARD-PIN-CHANGED is only a warning and the build succeeds.
def its = evaluate(new File(support, 'ItSupport.groovy'))
// the shared, unchanged inputs (src/it/_support/inputs, the reference consumer); this case's own files are beside it
its.copyShared('guard')
def guard = its.load('GuardSupport')

// a repository with no remote at all, so origin/main is missing; pinBaseRefOptional=true
guard.initWithoutRemote()
true
