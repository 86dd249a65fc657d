import Foundation

/// An article's claims packed: the bytes of every text field in one buffer, the rest as
/// small numbers. What a loaded corpus holds until its store is built, and what the store's
/// text columns then read from: a claim held as a dozen strings costs twice its bytes and
/// more (a header and an allocation each), and a corpus has hundreds of thousands.
/// A claim's text that is its sentence's bytes at its span is not kept twice, nor the
/// sentence of the claim before it. Read as `ExtractedClaim`s, made when asked for.
public struct ClaimPack: RandomAccessCollection, Sendable {
    /// The text fields, in the order their bytes are laid out for each claim.
    enum Field: Int, CaseIterable {
        case speaker, actor, role, org, country, cue, text, sentence, resolution, found
    }

    private var bytes: [UInt8] = []
    /// Per claim, per field: where its bytes end (each starts where the one before ends).
    private var ends = NarrowInts()
    /// Per claim: the claim whose sentence bytes are its sentence (itself, or one before).
    private var sentenceOf: [Int32] = []
    /// Per claim: actor kind, stance, claim kind (their place in `allCases`), and flags.
    private var small: [UInt8] = []
    /// Per claim: line, span start, span end.
    private var numbers = NarrowInts()

    private static let fields = Field.allCases.count
    /// Flag: the claim's text is its sentence's bytes at its span.
    private static let textInSentence: UInt8 = 1

    public init() {}

    public init(_ claims: [ExtractedClaim]) {
        reserveCapacity(claims.count)
        for claim in claims { append(claim) }
        tighten()
    }

    /// The bytes held in an array of their own size: appending grows an array to twice what
    /// it needs, and a corpus keeps its packs to the end.
    mutating func tighten() {
        if bytes.capacity > bytes.count { bytes = bytes.withUnsafeBufferPointer { Array($0) } }
        ends.tighten()
        numbers.tighten()
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { sentenceOf.count }

    public subscript(i: Int) -> ExtractedClaim {
        let span = self.span(i)
        return ExtractedClaim(
            speaker: string(i, .speaker), actor: string(i, .actor), actorKind: actorKind(i), role: string(i, .role), org: string(i, .org),
            country: string(i, .country), cue: string(i, .cue), stance: stance(i), kind: kind(i), text: string(i, .text),
            sentence: string(i, .sentence), line: line(i), span: span, resolution: string(i, .resolution), found: string(i, .found))
    }

    mutating func reserveCapacity(_ count: Int) {
        ends.reserveCapacity(count * Self.fields)
        sentenceOf.reserveCapacity(count)
        small.reserveCapacity(count * 4)
        numbers.reserveCapacity(count * 3)
    }

    public mutating func append(_ claim: ExtractedClaim) {
        append(actorKind: claim.actorKind, stance: claim.stance, kind: claim.kind, line: claim.line, span: claim.span) { field, body in
            var value = field.of(claim)
            value.withUTF8 { body(UnsafeRawBufferPointer($0)) }
        }
    }

    /// Appends a claim whose text fields `bytes(field, body)` hands to `body` (a claim read
    /// back from a store's columns is packed without a string made).
    mutating func append(
        actorKind: ActorKind, stance: Stance, kind: ClaimKind, line: Int, span: Range<Int>,
        bytes: (Field, (UnsafeRawBufferPointer) -> Void) -> Void
    ) {
        let i = count
        var sameSentence = false, textInSentence = false
        withoutActuallyEscaping(bytes) { bytes in
            bytes(.sentence) { sentence in
                sameSentence = i > 0 && withBytes(i - 1, .sentence) { Self.same($0, sentence) }
                bytes(.text) { text in
                    textInSentence =
                        span.lowerBound >= 0 && span.upperBound <= sentence.count && span.count == text.count
                        && Self.same(UnsafeRawBufferPointer(rebasing: sentence[span]), text)
                }
            }
        }
        sentenceOf.append(sameSentence ? sentenceOf[i - 1] : Int32(i))
        for field in Field.allCases {
            switch field {
            case .text where textInSentence: break
            case .sentence where sameSentence: break
            default: bytes(field) { self.bytes.append(contentsOf: $0) }
            }
            ends.append(self.bytes.count)
        }
        small.append(UInt8(ActorKind.allCases.firstIndex(of: actorKind)!))
        small.append(UInt8(Stance.allCases.firstIndex(of: stance)!))
        small.append(UInt8(ClaimKind.allCases.firstIndex(of: kind)!))
        small.append(textInSentence ? Self.textInSentence : 0)
        numbers.append(line)
        numbers.append(span.lowerBound)
        numbers.append(span.upperBound)
    }

    private static func same(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
    }

    /// The bytes of claim `i`'s `field`, where they lie.
    func withBytes<R>(_ i: Int, _ field: Field, _ body: (UnsafeRawBufferPointer) -> R) -> R { withBytes(in: range(i, field), body) }

    /// The bytes at `range` of the pack's (a field's `range`), where they lie.
    func withBytes<R>(in range: Range<Int>, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[range])) }
    }

    /// Where claim `i`'s `field` lies among the pack's bytes.
    func range(_ i: Int, _ field: Field) -> Range<Int> {
        switch field {
        case .sentence: return stored(Int(sentenceOf[i]), .sentence)
        case .text where small[4 * i + 3] & Self.textInSentence != 0:
            let sentence = stored(Int(sentenceOf[i]), .sentence), span = span(i)
            return (sentence.lowerBound + span.lowerBound)..<(sentence.lowerBound + span.upperBound)
        default: return stored(i, field)
        }
    }

    /// Where the bytes laid out for claim `i`'s `field` lie.
    private func stored(_ i: Int, _ field: Field) -> Range<Int> {
        let n = i * Self.fields + field.rawValue
        return (n == 0 ? 0 : ends[n - 1])..<ends[n]
    }

    func string(_ i: Int, _ field: Field) -> String { withBytes(i, field) { String(decoding: $0, as: UTF8.self) } }

    func actorKind(_ i: Int) -> ActorKind { ActorKind.allCases[Int(small[4 * i])] }
    func stance(_ i: Int) -> Stance { Stance.allCases[Int(small[4 * i + 1])] }
    func kind(_ i: Int) -> ClaimKind { ClaimKind.allCases[Int(small[4 * i + 2])] }
    func line(_ i: Int) -> Int { numbers[3 * i] }
    func span(_ i: Int) -> Range<Int> { numbers[3 * i + 1]..<Swift.max(numbers[3 * i + 1], numbers[3 * i + 2]) }
}

extension ClaimPack.Field {
    /// This field of a claim.
    func of(_ claim: ExtractedClaim) -> String {
        switch self {
        case .speaker: return claim.speaker
        case .actor: return claim.actor
        case .role: return claim.role
        case .org: return claim.org
        case .country: return claim.country
        case .cue: return claim.cue
        case .text: return claim.text
        case .sentence: return claim.sentence
        case .resolution: return claim.resolution
        case .found: return claim.found
        }
    }
}

/// Whole numbers kept in the narrowest width that holds them all, chosen when `tighten` is
/// called (most packs' offsets fit in 16 bits, their lines and spans in 32).
struct NarrowInts: Sendable {
    private var wide: [Int] = []
    private var narrow: [Int32] = []
    private var narrowest: [UInt16] = []

    @inline(__always) subscript(i: Int) -> Int {
        if !narrowest.isEmpty { return Int(narrowest[i]) }
        if !narrow.isEmpty { return Int(narrow[i]) }
        return wide[i]
    }

    mutating func reserveCapacity(_ count: Int) { wide.reserveCapacity(count) }

    mutating func append(_ value: Int) {
        if !narrowest.isEmpty || !narrow.isEmpty {  // appended to after tightening: wide again
            wide = narrowest.isEmpty ? narrow.map(Int.init) : narrowest.map(Int.init)
            narrow = []
            narrowest = []
        }
        wide.append(value)
    }

    mutating func tighten() {
        guard let low = wide.min(), let high = wide.max() else { return }
        if low >= 0 && high <= Int(UInt16.max) {
            narrowest = wide.map { UInt16($0) }
        } else if low >= Int(Int32.min) && high <= Int(Int32.max) {
            narrow = wide.map { Int32($0) }
        } else {
            return
        }
        wide = []
    }
}
