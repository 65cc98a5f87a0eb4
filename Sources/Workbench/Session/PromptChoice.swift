/// Which prompt the shell shows: `set prompt long` or `short`, or with `auto` (the default) the long one only on
/// a terminal wide enough to leave room for a statement after it (and always for files, pipes and scripts).
enum PromptChoice {
    /// `prompt auto` shows the office from this many columns on.
    static let longFrom = 100

    static func isLong(_ settings: Settings) -> Bool {
        switch settings.prompt {
        case .long: true
        case .short: false
        case .auto: (settings.terminalWidth ?? longFrom) >= longFrom
        }
    }
}
