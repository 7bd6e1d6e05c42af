/// The languages `toc` speaks.
///
/// The one type for a language anywhere in `toc`: of messages, of a file's
/// keywords, of a diagram's words and of a report. Danish comes first.
public enum Language: String, CaseIterable, Hashable, Sendable {
    /// Danish (dansk).
    case da
    /// English.
    case en

    /// The language of `LC_ALL`, `LC_MESSAGES` or `LANG` (the first one set):
    /// Danish for `da…`, English otherwise, and when none is set.
    public static func from(environment: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("da") ? .da : .en
        }
        return .en
    }
}

/// A text in English and Danish.
public struct LocalizedText: Hashable, Sendable, CustomStringConvertible {
    /// The English text.
    public var en: String
    /// The Danish text.
    public var da: String

    /// A text in both languages.
    public init(_ en: String, da: String) {
        self.en = en
        self.da = da
    }

    /// The text in one language.
    public func text(_ language: Language) -> String {
        language == .da ? da : en
    }

    /// The English text.
    public var description: String { en }

    /// Both texts with the same suffix appended.
    public static func + (lhs: LocalizedText, rhs: LocalizedText) -> LocalizedText {
        LocalizedText(lhs.en + rhs.en, da: lhs.da + rhs.da)
    }
}
