/// Where a statement's text is, as errors name it: `FILE:LINE:COLUMN` in a script,
/// `LINE:COLUMN` alone, and for one of several `-e` queries `-e 2, 1:14`: its number
/// set apart, so that it is not read as one more position.
func sourcePlace(file: String?, line: Int, column: Int? = nil) -> String {
    let position = column.map { "\(line):\($0)" } ?? "\(line)"
    guard let file else { return position }
    return file.hasPrefix("-e ") ? "\(file), \(position)" : "\(file):\(position)"
}
