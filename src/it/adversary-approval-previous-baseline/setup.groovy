// main pins v7.4.0 (the pin is unchanged); adversary-approval.json approves v7.4.0 as a move from v7.3.0.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def repin = its.load('RepinSupport')
def shas = repin.pinnedToOldOnMain()
repin.adversaryApproval(("\"commit_sha\": \"" + shas.old + "\""): '"commit_sha": "' + '0' * 40 + '"',
        '"release_tag": "v7.4.0"': '"release_tag": "v7.3.0"',
        '"release_tag": "v8.0.0"': '"release_tag": "v7.4.0"',
        (shas.new): shas.old,
        '"billing.v8"': '"billing.v7"')
true
