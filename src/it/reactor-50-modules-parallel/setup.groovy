// Lays out modules m01..m50 from template/ (the parent pom lists them).
import java.nio.file.Files
import java.nio.file.StandardCopyOption

File template = new File(basedir, 'template')
(1..50).each { i ->
    String name = String.format('m%02d', i)
    File module = new File(basedir, name)
    template.eachFileRecurse { File source ->
        File target = new File(module, template.toPath().relativize(source.toPath()).toString())
        if (source.directory) {
            target.mkdirs()
        } else {
            target.parentFile.mkdirs()
            if (source.name == 'pom.xml') {
                target.text = source.text.replace('@@MODULE@@', name)
            } else {
                Files.copy(source.toPath(), target.toPath(), StandardCopyOption.REPLACE_EXISTING)
            }
        }
    }
}
true
