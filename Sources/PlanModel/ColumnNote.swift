/// Why a column read from a file got its type, when that is not plain from its cells ("text: 312 cells are
/// numbers, 1 is not — line 1731, column 19: `12-34`"), in English and Thai; `describe` shows it.
public struct ColumnNote: Sendable, Equatable {
    public var english: String
    public var thai: String

    public init(english: String, thai: String) {
        self.english = english
        self.thai = thai
    }
}
