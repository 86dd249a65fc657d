// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "newsq",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "newsq", targets: ["newsq"]),
        .executable(name: "newsq-bench", targets: ["newsq-bench"]),
        .library(name: "NewsqCore", targets: ["NewsqCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The saved store: SQLite through GRDB (MIT), on the system's libsqlite3 (scripts/setup).
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // The engine: articles → extraction → store → query → output, and the
        // statement runner that batch use and the shell share.
        // Resources: places from GeoNames and ISO 3166 (scripts/make-places), first names from
        // the US SSA (scripts/make-first-names), the trained entity model (scripts/train-ner)
        // and the demo corpus's files (linked as demo/ at the top of the project).
        .target(
            name: "NewsqCore",
            dependencies: ["CPrefetch", .product(name: "GRDB", package: "GRDB.swift")],
            // cities.tsv is read by scripts/check-actors only: the engine leaves cities out.
            exclude: ["Resources/cities.tsv"],
            resources: [
                .copy("Resources/places.tsv"), .copy("Resources/first-names.tsv"), .copy("Resources/entities.model"),
                .copy("Resources/cues.model"), .copy("Resources/spans.model"), .copy("Resources/demo"),
            ]),
        // A cache prefetch hint for the models' weight look-ups (Swift cannot ask for one).
        .target(name: "CPrefetch"),
        // libedit, through a header of small wrappers for its variadic calls.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "NewsqShell", dependencies: ["NewsqCore", "CEditLine"]),
        .executableTarget(
            name: "newsq",
            dependencies: [
                "NewsqCore", "NewsqShell",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Load and query speed against sqlite3 and jq (run by hand, release build).
        .executableTarget(
            name: "newsq-bench",
            dependencies: ["NewsqCore", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/NewsqBench"
        ),
        // Trains the models that ship in the resources (run by scripts/train-*).
        .executableTarget(
            name: "newsq-train",
            dependencies: ["NewsqCore", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/NewsqTrain"
        ),
        // libFuzzer targets (see scripts/fuzz); without -DFUZZING they replay saved inputs.
        .target(name: "FuzzSupport"),
        .executableTarget(name: "fuzz-query", dependencies: ["NewsqCore", "FuzzSupport"], path: "Sources/FuzzQuery"),
        .executableTarget(name: "fuzz-articles", dependencies: ["NewsqCore", "FuzzSupport"], path: "Sources/FuzzArticles"),
        // Unit tests, a folder per stage as in Sources/NewsqCore; the shell's in their own target.
        // claims.test (extraction cases as data) is read by ClaimCaseTests from the source tree.
        .testTarget(name: "NewsqCoreTests", dependencies: ["NewsqCore"], exclude: ["Extraction/claims.test", "Query/queries.test"]),
        .testTarget(name: "NewsqShellTests", dependencies: ["NewsqCore", "NewsqShell"]),
        .testTarget(name: "NewsqEndToEndTests", dependencies: ["newsq", "fuzz-query", "fuzz-articles"]),
    ]
)
