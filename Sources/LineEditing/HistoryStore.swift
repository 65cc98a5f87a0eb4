import CLibEdit
import Foundation

/// The statements typed so far, held in libedit's `History` (which the editor's Up arrow and Ctrl-R search
/// read) and persisted in libedit's history file format. A statement equal to the one before it is not stored
/// again (`H_SETUNIQUE`). Every `history(3)` call of Phaen is in this file.
final class HistoryStore {
    /// libedit's `History *`.
    let handle: OpaquePointer
    private var event = HistEvent()

    init(capacity: Int = 1000) {
        handle = history_init()
        phaen_history_int(handle, &event, H_SETSIZE, Int32(capacity))
        phaen_history_int(handle, &event, H_SETUNIQUE, 1)
    }

    deinit {
        history_end(handle)
    }

    /// Adds `statement` as the newest entry, unless it repeats the newest.
    func add(_ statement: String) {
        phaen_history_string(handle, &event, H_ENTER, statement)
    }

    /// The entries, oldest first.
    var entries: [String] {
        var result: [String] = []
        var status = phaen_history_void(handle, &event, H_LAST)
        while status != -1, let text = event.str {
            result.append(String(cString: text))
            status = phaen_history_void(handle, &event, H_PREV)
        }
        return result
    }

    /// Replaces the entries with those saved in `path`; a missing file leaves the history empty.
    func load(from path: String) {
        phaen_history_void(handle, &event, H_CLEAR)
        guard FileManager.default.fileExists(atPath: path) else { return }
        phaen_history_string(handle, &event, H_LOAD, path)
    }

    /// Writes the entries to `path`, creating its folder, readable by the user alone (as shells keep theirs).
    /// Returns false when it could not be written.
    @discardableResult
    func save(to path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        guard phaen_history_string(handle, &event, H_SAVE, path) != -1 else { return false }
        chmod(path, 0o600)
        return true
    }
}
