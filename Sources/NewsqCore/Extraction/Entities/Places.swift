/// Countries and their regions by name, from GeoNames and ISO 3166 (`Resources/places.tsv`,
/// made by `scripts/make-places`), read on first use. Cities (`Resources/cities.tsv`) are
/// left out of the engine: so many of them are also surnames and words ("Lincoln",
/// "Reading"); `scripts/check-actors` reads them.
enum Places {
    /// Lowercased names of countries and regions: 1 a name of one word, 2 of several.
    static let names = Resource.keyed("places", fields: 3) { row in row[0].contains(32) ? 2 : 1 }

    /// A country or region named by this one word ("karnataka", "vermont").
    static func isPlaceWord(_ lowercased: String) -> Bool { names[lowercased] == 1 }
}
