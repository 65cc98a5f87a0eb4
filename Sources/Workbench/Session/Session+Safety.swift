import Foundation
import PlanModel

/// `--safe`: a script from someone else may not write files or read outside the folders given with `--allow`.
extension Session {
    /// Resolves a path to read, refusing it in safe mode when it lies outside every allowed folder.
    func checkRead(_ path: String) throws -> String {
        let full = resolve(path)
        guard options.safe else { return full }
        let real = (full as NSString).resolvingSymlinksInPath
        let allowed = options.allow.map { (resolve($0) as NSString).resolvingSymlinksInPath }
        if allowed.contains(where: { real == $0 || real.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }) {
            return full
        }
        throw Messages.refused(
            "reading \(path) (outside the folders given with --allow)", "อ่าน \(path) (อยู่นอกโฟลเดอร์ที่ระบุด้วย --allow)")
    }

    /// Refuses a statement that writes a file, in safe mode.
    func checkWrite(_ what: String, thai: String) throws {
        if options.safe { throw Messages.refused("\(what) writes a file", "\(thai) เขียนไฟล์") }
    }
}
