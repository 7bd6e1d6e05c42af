// swift-tools-version:6.1
// Benchmarks live in their own package so the main build stays lean.
// Run from this folder: swift package benchmark
import PackageDescription

let package = Package(
    name: "toc-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "toc", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "ParseCheck",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "TocChecks", package: "toc"),
                .product(name: "TocModel", package: "toc"),
                .product(name: "TocSyntax", package: "toc"),
            ],
            path: "Benchmarks/ParseCheck",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
