// The inventory producer's inputs split over two modules: stock-api holds the API and the released manifest, contracts
// the canonical pack and its mirror.
def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('InventoryProducer').render().each { String path, String text ->
    List<String> modules = path == 'openapi.yaml' ? ['stock-api']
            : path.startsWith('contracts/') ? ['stock-api', 'contracts'] : ['contracts']
    modules.each { String module ->
        File file = new File(basedir, "$module/$path")
        file.parentFile.mkdirs()
        file.setText(text, 'UTF-8')
    }
}
true
