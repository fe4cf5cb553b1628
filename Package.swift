// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Crosscheck",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "crosscheck", targets: ["crosscheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .target(name: "Lexicon", dependencies: [.product(name: "Yams", package: "Yams")], exclude: ["en"]),
        .target(name: "Model", dependencies: ["Lexicon"]),
        .target(name: "Ingest", dependencies: ["Model", "Lexicon", .product(name: "Yams", package: "Yams")], exclude: ["html-entities.py"]),
        .target(name: "Extract", dependencies: ["Model", "Lexicon"]),
        .target(name: "Reconcile", dependencies: ["Model", "Lexicon"]),
        .target(name: "Compose", dependencies: ["Model"]),
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "Render", dependencies: [
            "Model", "Compose", "CCmark",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .target(name: "CFileSwap"),
        .target(name: "CFileWatch"),
        .target(name: "Pipeline", dependencies: [
            "Model", "CFileSwap", "Ingest", "Extract", "Reconcile", "Compose", "Render",
            .product(name: "Yams", package: "Yams"),
            .product(name: "Collections", package: "swift-collections"),
            .product(name: "Crypto", package: "swift-crypto"),
        ], exclude: ["DefaultConfig.yml"]),
        .target(name: "Preview", dependencies: [
            "Model", "Pipeline", "CFileWatch",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        .target(name: "CrosscheckCLI", dependencies: [
            "Pipeline", "Preview", "Model", "Extract",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "crosscheck", dependencies: ["CrosscheckCLI"]),

        .target(name: "TestSupport", dependencies: ["Model"], path: "Tests/TestSupport"),
        .testTarget(name: "IngestTests", dependencies: ["Ingest", "Model", "Pipeline", "TestSupport"]),
        .testTarget(name: "ExtractTests", dependencies: ["Extract", "Lexicon", "Model", "Pipeline", "TestSupport"]),
        .testTarget(name: "ReconcileTests", dependencies: ["Reconcile", "Model", "TestSupport"]),
        .testTarget(name: "ComposeTests", dependencies: ["Compose", "Model", "TestSupport"]),
        .testTarget(name: "RenderTests", dependencies: [
            "Render", "Compose", "Model", "TestSupport", .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "Model", "TestSupport", "CrosscheckCLI"]),
        .testTarget(name: "PreviewTests", dependencies: [
            "Preview", "Pipeline", "Model", "TestSupport",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
