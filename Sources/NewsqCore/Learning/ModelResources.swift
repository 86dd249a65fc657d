import Foundation

/// Where the shipped models are read from: `Resources/NAME.model`, unless the folder
/// `NEWSQ_MODELS` names holds one of that name (`scripts/score --cv` puts there the models
/// it fitted without the articles it scores).
enum ModelResources {
    /// Where the model NAME is read from, if anywhere.
    static func url(_ name: String) -> URL? {
        let override = Environment.value("NEWSQ_MODELS").map { URL(fileURLWithPath: $0).appendingPathComponent(name + ".model") }
        return override.flatMap { FileManager.default.fileExists(atPath: $0.path) ? $0 : nil }
            ?? Bundle.module.url(forResource: name, withExtension: "model")
    }

    /// The model NAME, or an empty one (every score 0) when it is missing or unreadable.
    static func model(_ name: String, classes: Int) -> LinearModel {
        guard let url = url(name), let model = LinearModel(mapping: url.path), model.classes == classes else {
            return LinearModel(classes: classes)
        }
        return model
    }
}
