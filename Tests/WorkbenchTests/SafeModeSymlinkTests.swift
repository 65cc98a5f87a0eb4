import Foundation
import Testing

@testable import Workbench

/// `--safe` judges every file it reads by where it really is: a symlink inside an allowed folder that leads
/// outside it is refused, for the typed path and for each file of a bundle folder.
@Suite struct SafeModeSymlinkTests {
    /// An allowed folder holding a copy of the example bundle, and a folder outside it.
    struct Folders {
        let allowed: String
        let bundle: String
        let outside: String

        init() throws {
            let root = NSTemporaryDirectory() + "phaen-safe-" + UUID().uuidString
            allowed = root + "/allowed"
            bundle = allowed + "/plan"
            outside = root + "/outside"
            try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: SessionHarness.example, toPath: bundle)
        }

        /// A safe session allowed to read `allowed` only.
        func session() -> SessionHarness {
            var options = Session.Options()
            options.safe = true
            options.allow = [allowed]
            options.directory = allowed
            return SessionHarness(options: options)
        }
    }

    @Test func aBundleFileLinkedOutsideTheAllowedFolderIsRefused() throws {
        let f = try Folders()
        let secret = f.outside + "/strategies.csv"
        try FileManager.default.moveItem(atPath: f.bundle + "/strategies.csv", toPath: secret)
        try FileManager.default.createSymbolicLink(atPath: f.bundle + "/strategies.csv", withDestinationPath: secret)
        let h = f.session()
        let (outcome, _) = h.run("load \"plan\"")
        #expect(outcome == .failed)
        #expect(h.errors.contains("refused in --safe mode: reading plan/strategies.csv"), "\(h.errors)")
        #expect(!h.errors.contains(f.outside), "the refusal must not tell where the link leads: \(h.errors)")
        #expect(h.session.prompt == "phaen> ")
    }

    @Test func aTableLinkedOutsideIsRefusedAndOneLinkedInsideIsRead() throws {
        let f = try Folders()
        try "v\n1\n".write(toFile: f.outside + "/secret.csv", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: f.allowed + "/out.csv", withDestinationPath: f.outside + "/secret.csv")
        try FileManager.default.createSymbolicLink(
            atPath: f.allowed + "/in.csv", withDestinationPath: f.bundle + "/units.csv")
        let h = f.session()
        #expect(h.run("load csv \"out.csv\" as x").0 == .failed)
        #expect(h.errors.contains("refused in --safe mode: reading out.csv"), "\(h.errors)")
        #expect(h.run("load csv \"in.csv\" as units2").0 == .succeeded, "\(h.errors)")
    }

    @Test func aLinkedFolderIsJudgedByWhereItLeads() throws {
        let f = try Folders()
        try FileManager.default.moveItem(atPath: f.bundle, toPath: f.outside + "/plan")
        try FileManager.default.createSymbolicLink(atPath: f.bundle, withDestinationPath: f.outside + "/plan")
        let h = f.session()
        #expect(h.run("load \"plan\"").0 == .failed)
        #expect(h.errors.contains("outside the folders given with --allow"), "\(h.errors)")
    }

    @Test func theSameLinksLoadWithoutSafe() throws {
        let f = try Folders()
        let secret = f.outside + "/strategies.csv"
        try FileManager.default.moveItem(atPath: f.bundle + "/strategies.csv", toPath: secret)
        try FileManager.default.createSymbolicLink(atPath: f.bundle + "/strategies.csv", withDestinationPath: secret)
        let h = SessionHarness()
        #expect(h.run("load \"\(f.bundle)\"").0 == .succeeded, "\(h.errors)")
    }
}
