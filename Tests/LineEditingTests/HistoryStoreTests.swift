import Foundation
import Testing

@testable import LineEditing

@Suite struct HistoryStoreTests {
    func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "phaen-history-\(UUID().uuidString)"
        return path
    }

    @Test func entriesAreOldestFirstAndRepeatsCollapse() {
        let store = HistoryStore()
        store.add("tables")
        store.add("describe projects")
        store.add("describe projects")
        store.add("tables")
        #expect(store.entries == ["tables", "describe projects", "tables"])
    }

    @Test func historySurvivesARestart() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/phaen/history"
        let statements = [
            "projects | where name contains \"ก่อสร้าง\"", "projects |\nsort budget desc", "  spaced\ttab \\ slash",
        ]
        let store = HistoryStore()
        for statement in statements { store.add(statement) }
        #expect(store.save(to: file))
        let permissions = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(permissions == 0o600)

        let restarted = HistoryStore()
        restarted.load(from: file)
        #expect(restarted.entries == statements)
    }

    @Test func aMissingFileIsAnEmptyHistory() {
        let store = HistoryStore()
        store.add("tables")
        store.load(from: temporaryFolder() + "/none")
        #expect(store.entries.isEmpty)
    }

    @Test func historyLivesUnderXDGStateHome() {
        #expect(
            HistoryLocation.file(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"], home: "/x")
                == "/s/phaen/history")
        #expect(HistoryLocation.file(environment: ["HOME": "/h"], home: "/x") == "/h/.local/state/phaen/history")
        #expect(
            HistoryLocation.file(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"], home: "/x")
                == "/h/.local/state/phaen/history")
        #expect(HistoryLocation.file(environment: [:], home: "/x") == "/x/.local/state/phaen/history")
    }

    @Test func withoutATerminalThereIsNoEditor() {
        let savedInput = dup(STDIN_FILENO)
        let devNull = open("/dev/null", O_RDONLY)
        dup2(devNull, STDIN_FILENO)
        defer {
            dup2(savedInput, STDIN_FILENO)
            close(savedInput)
            close(devNull)
        }
        #expect(LineEditor(historyFile: nil) { _ in CompletionResult(start: 0, candidates: []) } == nil)
    }
}
