import Foundation

/// Extracts the claims of one article: tokens → sentences → claim patterns →
/// speakers resolved to actors.
public enum Extractor {
    /// Claims are read from at most this much of one article: no news article is
    /// longer, and a file that is bounds the memory its tokens take.
    public static let maxBodyBytes = 8 << 20

    /// `limit` is `maxBodyBytes` but for tests, which try the cut on a small body.
    public static func claims(in article: Article, limit: Int = maxBodyBytes) -> [ExtractedClaim] {
        claims(in: article, limit: limit, ranker: ActorRanking.shared)
    }

    /// With `candidates`, each claim is handed to it with the candidates its actor was chosen
    /// among (training the ranker reads them); `ranker` empty leaves the choice to the rules.
    static func claims(
        in article: Article, limit: Int = maxBodyBytes, ranker: LinearModel, candidates: ((ExtractedClaim, [ActorCandidate]) -> Void)? = nil
    ) -> [ExtractedClaim] {
        // Copied whole where the text is contiguous (read from a file, it is), not a byte at a time.
        var bytes = article.body.utf8.withContiguousStorageIfAvailable { Array($0.prefix(limit)) } ?? Array(article.body.utf8.prefix(limit))
        if bytes.count == limit {  // cut: drop the last character, which the cut may have split
            while let last = bytes.last, last & 0xC0 == 0x80 || last >= 0xC0 { bytes.removeLast() }
        }
        let analysis = ArticleAnalysis(bytes: bytes, firstLine: article.firstLine)
        let text = analysis.text, sentences = analysis.sentences
        let model = AttributionModel.shared
        let drafts = model.isEmpty ? analysis.drafts : model.drafts(analysis)
        var resolver = ReferenceResolver(text: text, sentences: sentences, ranker: ranker, keepsCandidates: candidates != nil)
        let phrases = PhraseFinder(text: text)

        // A speaker inside another claim's content ("Weitz said New Line feared …") speaks within
        // that claim: the sentence's speaker is still the one a later "he" means.
        var contentsBySentence: [Int: [Range<Int>]] = [:]
        for draft in drafts { contentsBySentence[draft.sentence, default: []] += draft.content }
        func isReported(_ tokens: Range<Int>, in draft: ClaimDraft) -> Bool {
            contentsBySentence[draft.sentence, default: []].contains { $0.lowerBound <= tokens.lowerBound && tokens.upperBound <= $0.upperBound }
        }

        var speakers = [(written: String, resolved: ResolvedSpeaker)?](repeating: nil, count: drafts.count)
        let order = drafts.indices.sorted { drafts[$0].position < drafts[$1].position }
        for index in order {
            let draft = drafts[index]
            switch draft.source {
            case .phrase(let phrase, let tokens), .relative(let phrase, let tokens):
                // The actor comes from the phrase; the speaker as written keeps its apposition.
                let resolved = resolver.resolve(phrase, written: text.text(tokens), at: tokens.lowerBound, reported: isReported(tokens, in: draft))
                let written = phrases.writtenSpeaker(
                    tokens, cue: draft.cueToken, content: draft.content,
                    sentenceEnd: sentences[draft.sentence].tokens.upperBound,
                    floor: sentences[draft.sentence].tokens.lowerBound)
                speakers[index] = (text.text(written), resolved)
            case .sameAs(let other):
                if let taken = speakers[other] {
                    speakers[index] = taken
                    resolver.repeatSpeaker(taken.resolved, at: draft.position)
                }
            case .unnamed:
                speakers[index] = ("", ResolvedSpeaker(actor: "", kind: .unknown, role: "", org: "", country: "", how: "no source named"))
            }
        }
        return order.compactMap { index in
            guard let speaker = speakers[index], let claim = claim(drafts[index], speaker: speaker, text: text, sentences: sentences) else { return nil }
            candidates?(claim, speaker.resolved.candidates)
            return claim
        }
    }

    private static func claim(
        _ draft: ClaimDraft, speaker: (written: String, resolved: ResolvedSpeaker),
        text: TokenText, sentences: [Sentence]
    ) -> ExtractedClaim? {
        let tokens = text.tokens
        let sentence = sentences[draft.sentence].tokens
        let content = draft.content.filter { !$0.isEmpty }
        guard !content.isEmpty else { return nil }
        // "photos showing a row of windows", "footage shows …": what a picture shows, with no
        // author, is the article's own account, not anyone's claim.
        // The head is the last word before a preposition: "video footage from the scene".
        if speaker.resolved.kind == .unknown, Self.showingVerbs.contains(draft.cue),
            let head = speaker.written.lowercased().split(separator: " ").prefix(while: { !PhraseFinder.links.contains(String($0)) }).last,
            Self.pictures.contains(String(head))
        {
            return nil
        }
        var quoted = 0, plain = 0
        for range in content {
            for i in range where tokens[i].kind == .word {
                if tokens[i].quoted { quoted += 1 } else { plain += 1 }
            }
        }
        let kind: ClaimKind = plain == 0 ? .direct : quoted == 0 ? .indirect : .mixed
        // The sentence as stored: whole (through the last sentence its content reaches, for a
        // quotation continued in the next sentence), or a window around the claim when very long.
        var last = draft.sentence
        while last + 1 < sentences.count, sentences[last + 1].tokens.lowerBound < content[content.count - 1].upperBound { last += 1 }
        let claimStart = tokens[content[0].lowerBound].start, claimEnd = tokens[content[content.count - 1].upperBound - 1].end
        var sentenceStart = min(tokens[sentence.lowerBound].start, claimStart)
        var sentenceEnd = max(tokens[sentences[last].tokens.upperBound - 1].end, claimEnd)
        if sentenceEnd - sentenceStart > maxSentenceBytes {
            sentenceStart = max(sentenceStart, claimStart - 500)
            sentenceEnd = min(sentenceEnd, max(claimEnd + 500, sentenceStart + maxSentenceBytes))
            while sentenceStart < claimStart, text.bytes[sentenceStart] & 0xC0 == 0x80 { sentenceStart += 1 }
            while sentenceEnd > claimEnd, sentenceEnd < text.bytes.count, text.bytes[sentenceEnd] & 0xC0 == 0x80 { sentenceEnd -= 1 }
        }
        let spanStart = max(0, claimStart - sentenceStart)
        let spanEnd = max(spanStart, claimEnd - sentenceStart)
        var stance = draft.stance
        if kind != .indirect, let own = firstPersonStance(content[0], tokens: tokens) { stance = own }
        return ExtractedClaim(
            speaker: speaker.written, actor: speaker.resolved.actor, actorKind: speaker.resolved.kind,
            role: speaker.resolved.role, org: speaker.resolved.org, country: speaker.resolved.country,
            cue: draft.cue, stance: stance, kind: kind,
            text: content.map { text.text($0) }.joined(separator: " "),
            sentence: String(decoding: text.bytes[sentenceStart..<sentenceEnd], as: UTF8.self), line: tokens[content[0].lowerBound].line,
            span: spanStart..<spanEnd, resolution: speaker.resolved.how, found: draft.found)
    }

    /// What tells one extractor from another beyond its version: this build of newsq and the
    /// models it reads (sizes and modification times, stat'ed, never read). A saved store
    /// re-extracts the files another extractor read.
    static let fingerprint: String = {
        var stamps: [String] = ["/proc/self/exe"]
        stamps += ["entities", "cues", "spans", "actors"].compactMap { ModelResources.url($0)?.path }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for path in stamps {
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            for value in [UInt64(info.st_size), UInt64(info.st_mtim.tv_sec), UInt64(info.st_mtim.tv_nsec)] {
                hash = FeatureHash.mix(hash, value)
            }
        }
        return String(hash, radix: 16)
    }()

    /// Sentences longer than this are stored as a window around their claim.
    static let maxSentenceBytes = 4000

    /// "We urge partners to …": a quotation that opens with its own stance verb carries that stance.
    private static func firstPersonStance(_ range: Range<Int>, tokens: [Token]) -> Stance? {
        var i = range.lowerBound
        guard i < range.upperBound, ["we", "i"].contains(tokens[i].lower) else { return nil }
        i += 1
        while i < range.upperBound, i - range.lowerBound < 4, ReportingLexicon.isAdverb(tokens[i].lower) { i += 1 }
        guard i < range.upperBound, let cue = ReportingLexicon.forms[tokens[i]], cue.stance != .assert else { return nil }
        return cue.stance
    }
}
