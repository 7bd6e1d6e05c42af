// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "toc",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "toc", targets: ["toc"]),
        .library(name: "TocSyntax", targets: ["TocSyntax"]),
        .library(name: "TocModel", targets: ["TocModel"]),
        .library(name: "TocChecks", targets: ["TocChecks"]),
        .library(name: "TocRender", targets: ["TocRender"]),
        .library(name: "TocMonitor", targets: ["TocMonitor"]),
        .library(name: "TocPipeline", targets: ["TocPipeline"]),
    ],
    // `swift build --disable-default-traits` builds a toc without `serve`
    // and `lsp` (no Hummingbird, no NIO): check, render, fmt, report and
    // the rest, for a CI that only checks theories.
    traits: [
        .trait(name: "Serve", description: "toc serve (the page, Hummingbird and NIO) and toc lsp"),
        .default(enabledTraits: ["Serve"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // The one file that knows the C library (Glibc or Darwin).
        .target(name: "TocPlatform"),
        // Stage 1: source text, locations, lexer, parser, AST.
        .target(name: "TocSyntax"),
        // Stage 2: the typed graph built from the AST.
        .target(name: "TocModel", dependencies: ["TocSyntax", "TocPlatform"]),
        // Stage 3: the rules, one per file.
        .target(name: "TocChecks", dependencies: ["TocModel"]),
        // Stage 3b: measurement plans, measurements and indicator status.
        .target(
            name: "TocMonitor",
            dependencies: ["TocChecks", .product(name: "CSV", package: "CSV.swift")]
        ),
        // Graphviz's C library, through pkg-config; only TocRender/Graphviz.swift imports it.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // Stage 4: DOT text (pure Swift) and drawing through Graphviz.
        // Its exports (PowerPoint, draw.io, Mermaid) zip with ZIPFoundation.
        .target(
            name: "TocRender",
            dependencies: ["TocMonitor", "TocPlatform", "CGraphviz", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Stage 5: the one facade every front end calls: inputs and toc.yml in,
        // checked theories, measurements, diagrams, reports and narratives out.
        .target(
            name: "TocPipeline",
            dependencies: ["TocChecks", "TocMonitor", "TocRender", "TocReport", "TocPlatform", .product(name: "Yams", package: "Yams")]
        ),
        // Stage 4b: reports (HTML, Markdown) with diagram, findings, plan and status.
        .target(name: "TocReport", dependencies: ["TocRender"]),
        // Stage 6a: the live preview server (a front end). The page's
        // JavaScript and CSS are files in Sources/TocServer/Assets, embedded
        // into the binary at build time by the EmbedPageAssets plugin.
        .target(
            name: "TocServer",
            dependencies: [
                "TocPipeline",
                "TocPlatform",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            exclude: ["Assets"],
            plugins: ["EmbedPageAssets"]
        ),
        .executableTarget(name: "EmbedAssets"),
        .plugin(name: "EmbedPageAssets", capability: .buildTool(), dependencies: ["EmbedAssets"]),
        // Stage 6c: the language server (a front end) and its small protocol kit.
        .target(name: "TocLSPKit", dependencies: ["TocSyntax"]),
        .target(name: "TocLSP", dependencies: ["TocLSPKit", "TocPipeline"]),
        // Stage 6b: the command-line interface (a front end).
        .target(
            name: "TocCLI",
            dependencies: [
                "TocPipeline",
                "TocPlatform",
                .target(name: "TocServer", condition: .when(traits: ["Serve"])),
                .target(name: "TocLSP", condition: .when(traits: ["Serve"])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "toc", dependencies: ["TocCLI"]),

        // Generators of theories for the property tests.
        .target(name: "TocTestSupport", dependencies: ["TocSyntax"], path: "Tests/TocTestSupport"),
        .testTarget(name: "TocSyntaxTests", dependencies: ["TocSyntax", "TocTestSupport"]),
        .testTarget(
            name: "TocModelTests",
            dependencies: ["TocModel", "TocTestSupport", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "TocChecksTests", dependencies: ["TocChecks", "TocTestSupport"]),
        .testTarget(name: "TocMonitorTests", dependencies: ["TocMonitor", "TocTestSupport"]),
        .testTarget(
            name: "TocRenderTests",
            dependencies: ["TocRender", "TocTestSupport", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "TocReportTests", dependencies: ["TocReport", "TocTestSupport"]),
        .testTarget(
            name: "TocServerTests",
            dependencies: ["TocServer", "TocPipeline", "TocTestSupport", .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
        .testTarget(name: "TocCLITests", dependencies: ["TocCLI", "TocPipeline", "TocLSP", "TocLSPKit", "toc", "TocTestSupport"]),
        .testTarget(name: "TocLSPKitTests", dependencies: ["TocLSPKit"]),
        .testTarget(name: "TocPipelineTests", dependencies: ["TocPipeline", "TocTestSupport"]),
        .testTarget(name: "TocLSPTests", dependencies: ["TocLSP", "TocLSPKit"]),
        .testTarget(name: "TocPlatformTests", dependencies: ["TocPlatform"]),
    ],
    swiftLanguageModes: [.v6]
)
