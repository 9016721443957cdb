// The project is outside any git repository (GIT_CEILING_DIRECTORIES stops the search above it, as for git itself): GUARD-PIN-CHANGED saying how to run it, no stack trace.
// the shared, unchanged inputs come from src/it/_support/inputs and the reference consumer; the case's own files are beside this script
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('guard')
true
