import TocRender

/// How a folder's diagrams are drawn, from the `diagram:` part of its
/// `toc.yml`:
///
/// ```yaml
/// diagram:
///   bundle: false   # every edge of a many-to-many block, not one junction
/// ```
///
/// A setting not written leaves the drawing as the command asks.
public struct DiagramSettings: Sendable, Equatable {
    /// Whether many-to-many blocks are drawn through one junction; nil when
    /// `toc.yml` does not say.
    public var bundle: Bool?

    /// No settings.
    public init(bundle: Bool? = nil) {
        self.bundle = bundle
    }

    /// `options` with these settings: `bundle: false` turns bundles off; a
    /// command's `--no-bundle` stays off whatever the file says.
    public func applied(to options: RenderOptions) -> RenderOptions {
        var options = options
        if bundle == false { options.bundle = false }
        return options
    }

    /// A YAML yes or no, in English or Danish (`true`, `ja`, `nej`, `off`…).
    static func yesOrNo(_ word: String) -> Bool? {
        switch word.lowercased() {
        case "true", "yes", "on", "ja", "til": true
        case "false", "no", "off", "nej", "fra": false
        default: nil
        }
    }
}
