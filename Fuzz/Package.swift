// swift-tools-version:6.1
// libFuzzer targets, in their own package so the main build stays lean.
// Build and run them with scripts/fuzz.sh (they need -sanitize=fuzzer).
import PackageDescription

let package = Package(
    name: "toc-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "toc", path: ".."),
    ],
    targets: [
        // Parse, follow includes, build the model, run every rule, write the
        // DOT text, read measurements.
        .executableTarget(
            name: "FuzzPipeline",
            dependencies: [
                .product(name: "TocChecks", package: "toc"),
                .product(name: "TocMonitor", package: "toc"),
                .product(name: "TocRender", package: "toc"),
            ]
        ),
        // The same, then the real Graphviz layout of the DOT.
        .executableTarget(
            name: "FuzzGraphviz",
            dependencies: [
                .product(name: "TocChecks", package: "toc"),
                .product(name: "TocRender", package: "toc"),
            ]
        ),
    ]
)
