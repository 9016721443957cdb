// billing's v8 candidate release handoff as published, and the consumer's runtime configuration switched to billing.v8.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('HandoffSupport').writeBillingCase('PRODUCER_RELEASE_HANDOFF_billing-v8-candidate.json', [:])
File config = its.file('src/main/resources/application.properties')
config.parentFile.mkdirs()
config.text = 'billing.client.service-contract=billing.v8\n'
true
