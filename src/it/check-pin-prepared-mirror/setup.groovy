// The storefront's mirror is the inventory producer's prepared manifest (v6.0.0, no commit_sha); its pin is committed.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.copyShared('inventory', 'config/producer-manifest.json')
true
