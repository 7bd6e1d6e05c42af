import Foundation
import TocPipeline
import TocSyntax

/// Why the page could not hand out a download: the file is gone (404), or
/// it does not parse or cannot be drawn (422, with the findings in words).
public struct ExportRefusal: Error, Sendable, Equatable {
    /// True when the file exists but cannot be drawn as it is.
    public var unprocessable: Bool
    /// What went wrong, a line a finding, in the request's language.
    public var message: String
}

extension PreviewStore {
    /// The theory as it is on disk, drawn in `format` (a download from the
    /// page: PowerPoint, draw.io, Mermaid, PNG, PDF).
    public nonisolated func export(
        file: URL, shownAs name: String, format: OutputFormat, language: Language = .en
    ) async -> Result<[UInt8], ExportRefusal> {
        let checked: CheckedSource
        switch Pipeline().check(file: file.path, shownAs: name, text: nil, tree: paths.root.path) {
        case .success(let found): checked = found
        case .failure(let failure): return .failure(ExportRefusal(unprocessable: false, message: failure.message(language) + "\n"))
        }
        guard let theory = checked.checked.theory else {
            let errors = checked.checked.diagnostics.filter { $0.severity == .error }
            return .failure(Self.refusal(name, errors, language: language))
        }
        let drawn = await drawings.draw(
            theory, findings: checked.checked.diagnostics, format: format, options: checked.diagram.applied(to: .init()),
            owner: Self.exact(name))
        switch drawn {
        case .drawn(.success(let diagram)): return .success(diagram.bytes)
        case .drawn(.failure(let problem)): return .failure(Self.refusal(name, [problem], language: language))
        case .superseded: return .failure(ExportRefusal(unprocessable: false, message: "the download was given up\n"))
        }
    }

    /// "The text cannot be read, so there is nothing to download:" and the findings, one a line.
    static func refusal(_ name: String, _ findings: [Diagnostic], language: Language) -> ExportRefusal {
        let head = LocalizedText(
            "\(name) cannot be drawn as it is now, so there is nothing to download. Fix this first:",
            da: "\(name) kan ikke tegnes, som den er nu, så der er intet at hente. Ret først dette:").text(language)
        let lines = findings.prefix(10).map { finding -> String in
            let record = FindingRecord(finding, language: language)
            return "\(name):\(record.line):\(record.column): \(record.message)"
        }
        return ExportRefusal(unprocessable: true, message: ([head] + lines).joined(separator: "\n") + "\n")
    }
}
