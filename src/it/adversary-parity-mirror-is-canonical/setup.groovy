// The inventory producer's stock-v6 pack, and the storefront's "mirror" of it as a symbolic link to that very
// directory (made here: git and the invoker's copy may not keep links).
import java.nio.file.Files
import java.nio.file.Path

def its = evaluate(new File(support, 'ItSupport.groovy'))
its.load('ParitySupport').copyPack('contracts/stock-v6')
Path mirror = new File(basedir, 'storefront/src/main/resources/contracts/stock-v6').toPath()
Files.createDirectories(mirror.parent)
Files.createSymbolicLink(mirror, mirror.parent.relativize(new File(basedir, 'contracts/stock-v6').toPath()))
true
