/// What a named-entity mention is: the classes the entity model tells apart.
enum EntityType: UInt8, Sendable, CaseIterable {
    case person = 0, organization, place, nationality

    /// The teacher's labels (spaCy's OntoNotes set) this type stands for.
    static func fromTeacher(_ label: String) -> EntityType? {
        switch label {
        case "PERSON": return .person
        case "ORG": return .organization
        case "GPE", "LOC", "FAC": return .place
        case "NORP": return .nationality
        default: return nil
        }
    }
}

/// A token's tag: outside any entity, or the beginning or inside of one (BIO).
struct EntityTag: Equatable, Sendable {
    /// 0 is outside; 1 + 2 × type begins an entity of that type, 2 + 2 × type continues it.
    let raw: UInt8

    static let outside = EntityTag(raw: 0)
    static let count = 1 + 2 * EntityType.allCases.count

    init(raw: UInt8) { self.raw = raw }
    init(_ type: EntityType, begins: Bool) { raw = 1 + 2 * type.rawValue + (begins ? 0 : 1) }

    var type: EntityType? { raw == 0 ? nil : EntityType(rawValue: (raw - 1) / 2) }
    var begins: Bool { raw != 0 && (raw - 1) % 2 == 0 }

    /// The best tag that may follow `previous`: inside an entity only after its own type.
    static func best(_ scores: [Float], after previous: EntityTag) -> EntityTag {
        var best = EntityTag.outside
        var top = -Float.infinity
        for raw in 0..<count {
            let tag = EntityTag(raw: UInt8(raw))
            if raw != 0, !tag.begins, previous.type != tag.type { continue }
            if scores[raw] > top {
                top = scores[raw]
                best = tag
            }
        }
        return best
    }
}
