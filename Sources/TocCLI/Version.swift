/// toc's version: the one place it is written. `toc --version` prints it,
/// `scripts/package` names the Debian package after it, and the man pages
/// carry it.
public enum TocVersion {
    /// The version number, `MAJOR.MINOR.PATCH`.
    public static let number = "0.1.0"
}
