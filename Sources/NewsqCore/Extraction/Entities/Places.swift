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

    /// One resource's lines `name<TAB>country<TAB>kind`, the first of a name kept.
    private static func read(_ resource: String) -> [String: Place] {
        var table: [String: Place] = [:]
        for row in Resource.rows(resource, fields: 3) {
            guard let kind = Kind(rawValue: row[2]) else { continue }
            let name = row[0].lowercased()
            if table[name] == nil { table[name] = Place(country: row[1], kind: kind) }
        }
        return table
    }
}
