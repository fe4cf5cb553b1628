import Foundation

/// The cache's encoding of entries: a compact tagged tree walked through `Codable`, read back without
/// parsing text. JSON spent most of a warm build's reading of the cache in its containers and number and
/// string scanning; here a value is a tag and its bytes, a container carries its byte length (so a value is
/// skipped without reading it) and its count, and a keyed container lists its entries in the order they were
/// encoded, so the synthesised `init(from:)` (which asks for keys in that order) finds each key where it looks
/// first. Values round-trip exactly (`BinaryCoderTests`; a cached build equals a clean one). Cost: decoding is
/// one pass over the bytes plus one scan of each keyed container's keys; encoding builds the tree once.
enum BinaryCoder {
    static func encode<T: Encodable>(_ value: T) throws -> Data {
        let root = Node()
        try value.encode(to: NodeEncoder(node: root, codingPath: []))
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        root.write(into: &out)
        return Data(out)
    }

    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        let storage = Storage(Array(data))
        guard !storage.bytes.isEmpty else { throw BinaryCoder.corrupt([], "empty") }
        let end = try storage.skip(0)
        guard end == storage.bytes.count else { throw BinaryCoder.corrupt([], "trailing bytes") }
        return try T(from: NodeDecoder(storage: storage, at: 0, codingPath: []))
    }

    fileprivate static func corrupt(_ path: [any CodingKey], _ what: String) -> DecodingError {
        DecodingError.dataCorrupted(DecodingError.Context(codingPath: path, debugDescription: "cache entry: " + what))
    }
}

/// Tags of the stream.
private enum Tag: UInt8 {
    case null = 0, no, yes, signed, unsigned, double, float, string, keyed, unkeyed
}

// MARK: - Encoding

/// A value being encoded; containers fill it after it is made.
private final class Node {
    enum Kind {
        case empty, null, bool(Bool), signed(Int64), unsigned(UInt64), double(Double), float(Float), string(String)
        case keyed, unkeyed
    }

    var kind = Kind.empty
    var keys: [String] = []
    var children: [Node] = []

    func write(into out: inout [UInt8]) {
        switch kind {
        case .empty, .null: out.append(Tag.null.rawValue)
        case .bool(let b): out.append(b ? Tag.yes.rawValue : Tag.no.rawValue)
        case .signed(let v):
            out.append(Tag.signed.rawValue)
            Varint.write(UInt64(bitPattern: (v << 1) ^ (v >> 63)), into: &out)
        case .unsigned(let v):
            out.append(Tag.unsigned.rawValue)
            Varint.write(v, into: &out)
        case .double(let v):
            out.append(Tag.double.rawValue)
            withUnsafeBytes(of: v.bitPattern.littleEndian) { out.append(contentsOf: $0) }
        case .float(let v):
            out.append(Tag.float.rawValue)
            withUnsafeBytes(of: v.bitPattern.littleEndian) { out.append(contentsOf: $0) }
        case .string(let s):
            out.append(Tag.string.rawValue)
            Varint.write(UInt64(s.utf8.count), into: &out)
            out.append(contentsOf: s.utf8)
        case .keyed, .unkeyed:
            let isKeyed: Bool
            if case .keyed = kind { isKeyed = true } else { isKeyed = false }
            var body: [UInt8] = []
            Varint.write(UInt64(children.count), into: &body)
            for (i, child) in children.enumerated() {
                if isKeyed {
                    Varint.write(UInt64(keys[i].utf8.count), into: &body)
                    body.append(contentsOf: keys[i].utf8)
                }
                child.write(into: &body)
            }
            out.append(isKeyed ? Tag.keyed.rawValue : Tag.unkeyed.rawValue)
            Varint.write(UInt64(body.count), into: &out)
            out.append(contentsOf: body)
        }
    }

    func set<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws {
        switch value {
        case let v as String: kind = .string(v)
        case let v as Bool: kind = .bool(v)
        case let v as Int: kind = .signed(Int64(v))
        case let v as Double: kind = .double(v)
        case let v as Int64: kind = .signed(v)
        case let v as Int32: kind = .signed(Int64(v))
        case let v as Int16: kind = .signed(Int64(v))
        case let v as Int8: kind = .signed(Int64(v))
        case let v as UInt: kind = .unsigned(UInt64(v))
        case let v as UInt64: kind = .unsigned(v)
        case let v as UInt32: kind = .unsigned(UInt64(v))
        case let v as UInt16: kind = .unsigned(UInt64(v))
        case let v as UInt8: kind = .unsigned(UInt64(v))
        case let v as Float: kind = .float(v)
        default: try value.encode(to: NodeEncoder(node: self, codingPath: codingPath))
        }
    }
}

private enum Varint {
    static func write(_ value: UInt64, into out: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }
}

private struct NodeEncoder: Encoder {
    let node: Node
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .keyed = node.kind {} else {
            node.kind = .keyed
            node.keys = []
            node.children = []
        }
        return KeyedEncodingContainer(KeyedNodeEncoder<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .unkeyed = node.kind {} else {
            node.kind = .unkeyed
            node.children = []
        }
        return UnkeyedNodeEncoder(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleNodeEncoder(node: node, codingPath: codingPath) }
}

private struct KeyedNodeEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: Node
    let codingPath: [any CodingKey]

    private func child(_ key: Key) -> Node {
        let child = Node()
        node.keys.append(key.stringValue)
        node.children.append(child)
        return child
    }

    mutating func encodeNil(forKey key: Key) throws { child(key).kind = .null }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try child(key).set(value, codingPath: codingPath + [key])
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: child(key), codingPath: codingPath + [key]).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        NodeEncoder(node: child(key), codingPath: codingPath + [key]).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: child(Key(stringValue: "super")!), codingPath: codingPath)
    }
    mutating func superEncoder(forKey key: Key) -> any Encoder { NodeEncoder(node: child(key), codingPath: codingPath + [key]) }
}

private struct UnkeyedNodeEncoder: UnkeyedEncodingContainer {
    let node: Node
    let codingPath: [any CodingKey]
    var count: Int { node.children.count }

    private func child() -> Node {
        let child = Node()
        node.children.append(child)
        return child
    }

    mutating func encodeNil() throws { child().kind = .null }
    mutating func encode<T: Encodable>(_ value: T) throws { try child().set(value, codingPath: codingPath) }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        NodeEncoder(node: child(), codingPath: codingPath).container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        NodeEncoder(node: child(), codingPath: codingPath).unkeyedContainer()
    }
    mutating func superEncoder() -> any Encoder { NodeEncoder(node: child(), codingPath: codingPath) }
}

private struct SingleNodeEncoder: SingleValueEncodingContainer {
    let node: Node
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.kind = .null }
    mutating func encode<T: Encodable>(_ value: T) throws { try node.set(value, codingPath: codingPath) }
}

// MARK: - Decoding
//
// Decoders pass their own coding path down unchanged (an error names the container, not the key): building a
// path per field cost an allocation per field, and a decoding error only ever means a cache miss.

/// The bytes of one entry, shared by every decoder of its walk.
private final class Storage {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func varint(_ at: inout Int) throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard at < bytes.count, shift < 64 else { throw BinaryCoder.corrupt([], "varint") }
            let byte = bytes[at]
            at += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    func length(_ at: inout Int) throws -> Int {
        let n = try varint(&at)
        guard n <= UInt64(bytes.count - at) else { throw BinaryCoder.corrupt([], "length") }
        return Int(n)
    }

    /// The index after the value at `at`.
    func skip(_ start: Int) throws -> Int {
        guard start < bytes.count, let tag = Tag(rawValue: bytes[start]) else { throw BinaryCoder.corrupt([], "tag") }
        var at = start + 1
        switch tag {
        case .null, .no, .yes: return at
        case .signed, .unsigned:
            _ = try varint(&at)
            return at
        case .double, .float:
            let end = at + (tag == .double ? 8 : 4)
            guard end <= bytes.count else { throw BinaryCoder.corrupt([], "number") }
            return end
        case .string, .keyed, .unkeyed:
            let n = try length(&at)
            return at + n
        }
    }

    func string(_ at: Int, _ path: [any CodingKey]) throws -> String {
        guard at < bytes.count, bytes[at] == Tag.string.rawValue else { throw BinaryCoder.corrupt(path, "expected a string") }
        var i = at + 1
        let n = try length(&i)
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[i..<(i + n)]), as: UTF8.self) }
    }

    func signed(_ at: Int, _ path: [any CodingKey]) throws -> Int64 {
        guard at < bytes.count else { throw BinaryCoder.corrupt(path, "expected a number") }
        var i = at + 1
        switch Tag(rawValue: bytes[at]) {
        case .signed:
            let z = try varint(&i)
            return Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1)))
        case .unsigned:
            let v = try varint(&i)
            guard v <= UInt64(Int64.max) else { throw BinaryCoder.corrupt(path, "number out of range") }
            return Int64(v)
        default: throw BinaryCoder.corrupt(path, "expected an integer")
        }
    }

    func unsigned(_ at: Int, _ path: [any CodingKey]) throws -> UInt64 {
        guard at < bytes.count else { throw BinaryCoder.corrupt(path, "expected a number") }
        var i = at + 1
        switch Tag(rawValue: bytes[at]) {
        case .unsigned: return try varint(&i)
        case .signed:
            let v = try signed(at, path)
            guard v >= 0 else { throw BinaryCoder.corrupt(path, "number out of range") }
            return UInt64(v)
        default: throw BinaryCoder.corrupt(path, "expected an integer")
        }
    }

    func double(_ at: Int, _ path: [any CodingKey]) throws -> Double {
        guard at < bytes.count else { throw BinaryCoder.corrupt(path, "expected a number") }
        switch Tag(rawValue: bytes[at]) {
        case .double:
            guard at + 9 <= bytes.count else { throw BinaryCoder.corrupt(path, "number") }
            var bits: UInt64 = 0
            for k in 0..<8 { bits |= UInt64(bytes[at + 1 + k]) << UInt64(8 * k) }
            return Double(bitPattern: bits)
        case .float: return Double(try float(at, path))
        default: throw BinaryCoder.corrupt(path, "expected a floating-point number")
        }
    }

    func float(_ at: Int, _ path: [any CodingKey]) throws -> Float {
        guard at + 5 <= bytes.count, bytes[at] == Tag.float.rawValue else {
            if at < bytes.count, bytes[at] == Tag.double.rawValue { return Float(try double(at, path)) }
            throw BinaryCoder.corrupt(path, "expected a floating-point number")
        }
        var bits: UInt32 = 0
        for k in 0..<4 { bits |= UInt32(bytes[at + 1 + k]) << UInt32(8 * k) }
        return Float(bitPattern: bits)
    }

    func bool(_ at: Int, _ path: [any CodingKey]) throws -> Bool {
        guard at < bytes.count else { throw BinaryCoder.corrupt(path, "expected a Boolean") }
        switch Tag(rawValue: bytes[at]) {
        case .yes: return true
        case .no: return false
        default: throw BinaryCoder.corrupt(path, "expected a Boolean")
        }
    }

    func isNull(_ at: Int) -> Bool { at < bytes.count && bytes[at] == Tag.null.rawValue }

    /// A primitive of type `T` at `at`, or nil when `T` is not a primitive.
    func primitive<T>(_ type: T.Type, _ at: Int, _ path: [any CodingKey]) throws -> T? {
        if T.self == String.self { return try string(at, path) as? T }
        if T.self == Int.self { return try exact(Int.self, try signed(at, path), path) as? T }
        if T.self == Bool.self { return try bool(at, path) as? T }
        if T.self == Double.self { return try double(at, path) as? T }
        if T.self == Int64.self { return try signed(at, path) as? T }
        if T.self == UInt64.self { return try unsigned(at, path) as? T }
        if T.self == UInt8.self { return try exact(UInt8.self, try unsigned(at, path), path) as? T }
        if T.self == UInt.self { return try exact(UInt.self, try unsigned(at, path), path) as? T }
        if T.self == Int32.self { return try exact(Int32.self, try signed(at, path), path) as? T }
        if T.self == UInt32.self { return try exact(UInt32.self, try unsigned(at, path), path) as? T }
        if T.self == Int16.self { return try exact(Int16.self, try signed(at, path), path) as? T }
        if T.self == UInt16.self { return try exact(UInt16.self, try unsigned(at, path), path) as? T }
        if T.self == Int8.self { return try exact(Int8.self, try signed(at, path), path) as? T }
        if T.self == Float.self { return try float(at, path) as? T }
        return nil
    }

    private func exact<I: FixedWidthInteger, V: BinaryInteger>(_ type: I.Type, _ value: V, _ path: [any CodingKey]) throws -> I {
        guard let v = I(exactly: value) else { throw BinaryCoder.corrupt(path, "number out of range") }
        return v
    }

    func value<T: Decodable>(_ type: T.Type, _ at: Int, _ path: [any CodingKey]) throws -> T {
        if let primitive = try primitive(type, at, path) { return primitive }
        return try T(from: NodeDecoder(storage: self, at: at, codingPath: path))
    }

    /// A container's header at `at`: the index of its first element and its count.
    func container(_ at: Int, _ tag: Tag, _ path: [any CodingKey]) throws -> (first: Int, end: Int, count: Int) {
        guard at < bytes.count, bytes[at] == tag.rawValue else {
            throw BinaryCoder.corrupt(path, tag == .keyed ? "expected a keyed container" : "expected a list")
        }
        var i = at + 1
        let n = try length(&i)
        let end = i + n
        let count = try varint(&i)
        guard count <= UInt64(n) else { throw BinaryCoder.corrupt(path, "count") }
        return (i, end, Int(count))
    }
}

private struct NodeDecoder: Decoder {
    let storage: Storage
    let at: Int
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(try KeyedNodeDecoder<Key>(storage: storage, at: at, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try UnkeyedNodeDecoder(storage: storage, at: at, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleNodeDecoder(storage: storage, at: at, codingPath: codingPath)
    }
}

private final class KeyedNodeDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let storage: Storage
    let codingPath: [any CodingKey]
    /// Each entry's key (where its bytes start, and their count) and the index of its value, in encoding order.
    private let entries: [(key: Int, count: Int, at: Int)]
    /// Where the next look-up starts: the entry after the last one found.
    private var cursor = 0

    init(storage: Storage, at: Int, codingPath: [any CodingKey]) throws {
        self.storage = storage
        self.codingPath = codingPath
        let (first, end, count) = try storage.container(at, .keyed, codingPath)
        var entries: [(key: Int, count: Int, at: Int)] = []
        entries.reserveCapacity(count)
        var i = first
        for _ in 0..<count {
            let n = try storage.length(&i)
            entries.append((i, n, i + n))
            i = try storage.skip(i + n)
        }
        guard i == end else { throw BinaryCoder.corrupt(codingPath, "container length") }
        self.entries = entries
    }

    var allKeys: [Key] {
        entries.compactMap { entry in
            Key(stringValue: storage.bytes.withUnsafeBufferPointer {
                String(decoding: UnsafeBufferPointer(rebasing: $0[entry.key..<(entry.key + entry.count)]), as: UTF8.self)
            })
        }
    }

    /// The index of the entry for `key`, looked for from the cursor on (where it is when keys are asked for in
    /// the order they were encoded), then from the start. Keys are compared as bytes.
    private func find(_ key: Key) -> Int? {
        var name = key.stringValue
        return name.withUTF8 { wanted in
            storage.bytes.withUnsafeBufferPointer { bytes in
                var i = cursor
                for _ in 0..<entries.count {
                    if i == entries.count { i = 0 }
                    let entry = entries[i]
                    if entry.count == wanted.count,
                       wanted.isEmpty || memcmp(bytes.baseAddress! + entry.key, wanted.baseAddress!, entry.count) == 0 {
                        return i
                    }
                    i += 1
                }
                return nil
            }
        }
    }

    private func position(_ key: Key) throws -> Int {
        guard let i = find(key) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: codingPath, debugDescription: "cache entry: no such key"))
        }
        cursor = i + 1
        return entries[i].at
    }

    func contains(_ key: Key) -> Bool { find(key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool { storage.isNull(try position(key)) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try storage.value(type, try position(key), codingPath)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let i = find(key) else { return nil }
        cursor = i + 1
        let at = entries[i].at
        if storage.isNull(at) { return nil }
        return try storage.value(type, at, codingPath)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        KeyedDecodingContainer(try KeyedNodeDecoder<NestedKey>(storage: storage, at: try position(key), codingPath: codingPath))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try UnkeyedNodeDecoder(storage: storage, at: try position(key), codingPath: codingPath)
    }

    func superDecoder() throws -> any Decoder {
        NodeDecoder(storage: storage, at: try position(Key(stringValue: "super")!), codingPath: codingPath)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        NodeDecoder(storage: storage, at: try position(key), codingPath: codingPath)
    }
}

private struct UnkeyedNodeDecoder: UnkeyedDecodingContainer {
    let storage: Storage
    let codingPath: [any CodingKey]
    let count: Int?
    private(set) var currentIndex = 0
    private var at: Int

    init(storage: Storage, at: Int, codingPath: [any CodingKey]) throws {
        self.storage = storage
        self.codingPath = codingPath
        let (first, _, count) = try storage.container(at, .unkeyed, codingPath)
        self.count = count
        self.at = first
    }

    var isAtEnd: Bool { currentIndex >= (count ?? 0) }

    private mutating func next() throws -> Int {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Any.self, DecodingError.Context(codingPath: codingPath, debugDescription: "cache entry: list ended"))
        }
        let here = at
        at = try storage.skip(at)
        currentIndex += 1
        return here
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, storage.isNull(at) else { return false }
        _ = try next()
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try storage.value(type, try next(), codingPath) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        KeyedDecodingContainer(try KeyedNodeDecoder<NestedKey>(storage: storage, at: try next(), codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try UnkeyedNodeDecoder(storage: storage, at: try next(), codingPath: codingPath)
    }

    mutating func superDecoder() throws -> any Decoder { NodeDecoder(storage: storage, at: try next(), codingPath: codingPath) }
}

private struct SingleNodeDecoder: SingleValueDecodingContainer {
    let storage: Storage
    let at: Int
    let codingPath: [any CodingKey]

    func decodeNil() -> Bool { storage.isNull(at) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try storage.value(type, at, codingPath) }
}
