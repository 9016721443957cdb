// A storefront feature branch switches the runtime to stock.v6 in forms a text scan does not read; the runtime reads each as stock.v6.
def its = evaluate(new File(support, 'ItSupport.groovy'))
def guard = its.load('GuardSupport')

String props = new File(basedir, 'src/main/resources/application.properties').getText('UTF-8')
String switched = props
        .replace('inventory.contract=stock.v5', 'inventory.contract=stock\\u002ev6')              // a Properties escape
        .replace('inventory.fallback-contract=stock.v5', 'inventory.fallback-contract=sto\\\n    ck.v6') // a continuation
assert switched.count('stock.v5') == 1 // only the comment names it now
String yaml = new File(basedir, 'src/main/resources/application.yml').getText('UTF-8')
String json = new File(basedir, 'src/main/resources/inventory-client.json').getText('UTF-8')
guard.cloneFromUpstream(feature: [
        'src/main/resources/application.properties' : switched,
        'src/main/resources/application.yml'        : yaml.replace('contract: stock.v5', 'contract: "stock\\x2ev6"'),
        'src/main/resources/inventory-client.json'  : json.replace('"contract": "stock.v5"', '"contract": "stock\\u002ev6"'),
        'src/main/resources/app-config.xml'         : '<?xml version="1.0" encoding="UTF-8"?>\n' +
                '<!DOCTYPE properties SYSTEM "http://java.sun.com/dtd/properties.dtd">\n' +
                '<properties>\n' +
                '  <comment>storefront runtime settings</comment>\n' +
                '  <entry key="inventory.contract">stock&#46;v6</entry>\n' +
                '</properties>\n',
        // UTF-16 (little endian) with its byte-order mark, as YAML parsers detect it
        'src/main/resources/application-rehearsal.yml': '\uFEFFinventory:\n  contract: stock.v6\n'.getBytes('UTF-16LE')])
true
