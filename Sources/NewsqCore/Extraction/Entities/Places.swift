import Foundation

/// Places by name, from GeoNames and ISO 3166 (made by `scripts/make-places`):
/// countries and their regions in `Resources/places.tsv`, read on first use; cities of
/// 15,000 people or more in `Resources/cities.tsv`, read only when a city is asked for.
enum Places {
    enum Kind: String, Sendable { case country, region, city }

    struct Place: Sendable {
        var country: String
        var kind: Kind
    }

    /// Lowercased name → country or region.
    static let byName = read("places")
    /// Lowercased name → city.
    static let cities = read("cities")

    static func place(_ lowercasedName: String) -> Place? { byName[lowercasedName] ?? cities[lowercasedName] }

    /// A country or region named by this one word ("karnataka", "vermont"). Cities are not
    /// asked, since so many of them are also surnames and words ("Lincoln", "Reading").
    static func isPlaceWord(_ lowercased: String) -> Bool { byName[lowercased] != nil }

    /// One resource's lines `name<TAB>country<TAB>kind`, read as bytes: it is read at start-up.
    private static func read(_ resource: String) -> [String: Place] {
        guard let url = Bundle.module.url(forResource: resource, withExtension: "tsv"), let data = try? Data(contentsOf: url) else {
            return [:]
        }
        var table: [String: Place] = [:]
        let bytes = [UInt8](data)
        var lineStart = 0
        for (i, b) in bytes.enumerated() where b == 10 {
            defer { lineStart = i + 1 }
            let line = bytes[lineStart..<i]
            guard line.first != 35, let tab1 = line.firstIndex(of: 9), let tab2 = line[(tab1 + 1)...].firstIndex(of: 9),
                let kind = Kind(rawValue: String(decoding: line[(tab2 + 1)...], as: UTF8.self))
            else { continue }
            let name = String(decoding: line[..<tab1], as: UTF8.self).lowercased()
            if table[name] == nil { table[name] = Place(country: String(decoding: line[(tab1 + 1)..<tab2], as: UTF8.self), kind: kind) }
        }
        return table
    }
}
