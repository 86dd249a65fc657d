import Foundation

/// Places by name, from GeoNames and ISO 3166 (`Resources/places.tsv`, made by
/// `scripts/make-places`): countries, their regions and capitals, and cities of
/// 15,000 people or more. Read once, on first use.
enum Places {
    enum Kind: String, Sendable { case country, region, city }

    struct Place: Sendable {
        var country: String
        var kind: Kind
    }

    /// Lowercased name → the place (a region or country wins over a city of the same name).
    static let byName: [String: Place] = {
        guard let url = Bundle.module.url(forResource: "places", withExtension: "tsv"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [:] }
        var table: [String: Place] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count == 3, let kind = Kind(rawValue: String(parts[2])) else { continue }
            let name = parts[0].lowercased()
            if let known = table[name], known.kind != .city { continue }
            table[name] = Place(country: String(parts[1]), kind: kind)
        }
        return table
    }()

    static func place(_ lowercasedName: String) -> Place? { byName[lowercasedName] }

    /// A country or region named by this one word ("karnataka", "vermont"): cities are left
    /// out, since so many of them are also surnames and words ("Lincoln", "Reading").
    static func isPlaceWord(_ lowercased: String) -> Bool {
        guard let place = byName[lowercased] else { return false }
        return place.kind != .city
    }
}
