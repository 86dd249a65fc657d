/// Countries and their regions by name, from GeoNames and ISO 3166 (`Resources/places.tsv`,
/// made by `scripts/make-places`), read on first use. Cities (`Resources/cities.tsv`) are
/// left out of the engine: so many of them are also surnames and words ("Lincoln",
/// "Reading"); `scripts/check-actors` reads them.
enum Places {
    /// Lowercased names of countries and regions.
    static let names = Set(Resource.rows("places", fields: 3).map { $0[0].lowercased() })

    /// A country or region named by this one word ("karnataka", "vermont").
    static func isPlaceWord(_ lowercased: String) -> Bool { names.contains(lowercased) }
}
