/// newsq's own lexicon of reporting cues: every inflected form of each verb that
/// introduces an attributed statement, with its lemma and the stance it implies.

/// One form's entry in the lexicon.
struct Cue {
    var lemma: String
    var stance: Stance
    /// The form is also a common noun ("the claims", "a report"): it counts as a
    /// verb only after a subject.
    var alsoNoun = false
    /// Counts only before `that`, a quotation or a colon ("polls show that").
    var needsComplement = false
    /// Takes the addressee as object before the content ("told reporters that").
    var takesObject = false
    /// Says what its object is: the object and what it is called are the content
    /// ("called the system "rotten"", "described him as a liar").
    var characterizes = false
    /// Gives a view of its object only with "as": "sees Trump as a threat"; what is seen is the content.
    var regards = false
    /// Its "to" is a preposition before what it is about ("referring to Kerry", "responded to the charges"),
    /// not an infinitive's.
    var refersTo = false
    /// Says how its subject seems or is expected to be, by nobody named: the subject and
    /// what follows the cue are the content ("the race seemed to be Sanders's to lose").
    var raises = false
    /// Words right after the cue that open its content ("vowed to …", "complained about …",
    /// "called for …"), with the stance the cue takes then.
    var introducers: [String: Stance] = [:]
}

enum ReportingLexicon {
    private struct Entry {
        var lemma: String
        var stance: Stance = .assert
        var irregular: [String] = []
        /// c: needs a complement, o: takes an object, k: characterizes its object, r: raises its subject,
        /// v: regards its object as, i: an intention before "to", p: a position before about/of/on/…, u: urges before for/on.
        var flags: Set<Character> = []
    }

    private static let entries: [Entry] = {
        func e(_ lemma: String, _ stance: Stance = .assert, _ irregular: [String] = [], _ flags: String = "") -> Entry {
            Entry(lemma: lemma, stance: stance, irregular: irregular, flags: Set(flags))
        }
        var list: [Entry] = [
            e("say", .assert, ["said", "says", "saying"]), e("tell", .assert, ["told", "tells", "telling"], "o"),
            e("write", .assert, ["wrote", "written", "writes", "writing"]), e("think", .assert, ["thought"], "c"),
            e("find", .assert, ["found"], "c"), e("show", .assert, ["shown"], "c"), e("know", .assert, ["knew", "known"], "c"),
            e("learn", .assert, ["learnt"], "c"),  // not feel, hold: mostly no statement (under a third of them matched)
            e("admit", .assert, ["admitted", "admitting"]), e("quip", .assert, ["quipped", "quipping"]),
            e("testify", .assert, ["testified", "testifies"]), e("reply", .assert, ["replied", "replies"]),
            e("deny", .deny, ["denied", "denies"]), e("worry", .assert, ["worried", "worries"], "c"),
            e("ask", .question, [], "o"), e("question", .question), e("wonder", .question), e("doubt", .question, [], "c"),
            e("query", .question, ["queried", "queries"]),
            e("urge", .urge, [], "o"), e("demand", .urge), e("appeal", .urge), e("plead", .urge, ["pled"]),
            e("implore", .urge, [], "o"), e("recommend", .urge),
            e("warn", .warn, [], "o"), e("caution", .warn), e("threaten", .warn),
            e("reject", .deny), e("dismiss", .deny), e("refute", .deny), e("dispute", .deny), e("rebut", .deny, ["rebutted", "rebutting"]),
            e("disavow", .deny), e("contradict", .deny),
            e("hope", .assert, [], "ci"), e("discuss"), e("expect", .assert, [], "cr"), e("seem", .assert, [], "r"),
            e("appear", .assert, [], "r"), e("fear", .assert, [], "c"), e("believe", .assert, [], "c"),
            e("inform", .assert, [], "o"), e("assure", .assert, [], "o"), e("remind", .assert, [], "o"),
            e("accuse", .assert, [], "o"), e("blame", .assert, [], "o"), e("cite"), e("charge", .assert, [], "c"),
            e("call", .assert, [], "ok"), e("call", .urge, [], "u"),  // "called it a hoax"; "called for calm"
            e("describe", .assert, [], "k"), e("label", .assert, ["labelled", "labelling"], "k"),
            e("brand", .assert, [], "k"), e("dub", .assert, ["dubbed", "dubbing"], "k"),
            e("see", .assert, ["saw", "seen"], "cv"), e("view", .assert, [], "cv"), e("regard", .assert, [], "cv"),
            // Intentions and positions, reported only as "X vowed to …" or "X spoke about …".
            e("vow", .assert, [], "i"), e("promise", .assert, [], "i"), e("pledge", .assert, [], "i"),
            e("refuse", .deny, [], "i"), e("seek", .urge, ["sought"], "i"), e("plan", .assert, ["planned", "planning"], "i"),
            e("want", .assert, [], "i"), e("intend", .assert, [], "i"), e("threaten", .warn, [], "i"),
            e("decline", .deny, [], "i"), e("offer", .assert, [], "i"),  // not "voted to": an act, not a statement
            // Stands taken on a person or a policy, whose object is the content: "endorsed Cruz".
            e("endorse"), e("support"), e("oppose"), e("defend"), e("propose"), e("condemn"), e("slam", .assert, ["slammed", "slamming"]),
            e("blast"), e("applaud"), e("embrace"), e("prefer", .assert, ["preferred", "preferring"]), e("mock"), e("tout"), e("hail"),
            e("laud"),
            e("continue", .assert, [], "c"),  // ""…," he continued, "…""
            e("speak", .assert, ["spoke", "spoken"], "p"), e("talk", .assert, [], "p"), e("complain", .assert, [], "p"),
            e("comment", .assert, [], "p"), e("joke", .assert, [], "p"), e("boast", .assert, [], "p"),
            e("worry", .assert, ["worried", "worries"], "p"), e("argue", .assert, [], "p"), e("point", .assert, [], "p"),
            e("refer", .assert, ["referred", "referring"], "p"), e("agree", .assert, [], "p"), e("disagree", .assert, [], "p"),
            e("caution", .warn, [], "p"), e("warn", .warn, [], "p"), e("rail", .assert, [], "p"), e("lash", .assert, [], "p"),
            e("respond", .assert, [], "p"), e("react", .assert, [], "p"),
        ]
        for lemma in [
            "add", "note", "claim", "insist", "argue", "announce", "report", "state", "explain", "declare",
            "stress", "emphasize", "emphasise", "reiterate", "confirm", "assert", "contend", "acknowledge",
            "concede", "recall", "respond", "comment", "observe", "remark", "mention", "tweet", "predict",
            "estimate", "suggest", "indicate", "reveal", "disclose", "allege", "conclude", "agree", "boast",
            "complain", "joke", "promise", "vow", "pledge", "criticize", "criticise", "praise", "answer",
            "maintain", "counter", "retort", "lament", "acknowledge", "brag", "muse", "clarify", "post",
            "proclaim", "affirm", "reckon", "speculate", "surmise", "concur", "hint", "assert",
            "contend", "recount", "announce", "vouch", "attest", "opine", "posit",
        ] {
            list.append(e(lemma))
        }
        return list
    }()

    /// Forms that are as often nouns as verbs.
    private static let nounForms: WordSet = [
        "claim", "claims", "report", "reports", "note", "notes", "state", "states", "comment", "comments", "remark",
        "remarks", "tweet", "tweets", "estimate", "estimates", "promise", "promises", "vow", "vows", "pledge",
        "pledges", "answer", "answers", "charge", "charges", "counter", "doubt", "doubts", "question", "questions",
        "demand", "demands", "appeal", "appeals", "reply", "replies", "find", "finds", "hope", "hopes", "fear",
        "fears", "show", "shows", "dispute", "disputes", "blame", "praise", "joke", "jokes", "post", "posts",
        "concern", "warning", "query", "queries", "record", "know", "caution",
        "muse", "hint", "hints", "continue", "continues", "counters", "expect", "retort", "lament",
        "view", "views", "support", "supports", "blast", "blasts", "slam", "slams", "mock", "mocks", "hail", "embrace", "defends",
    ]

    static let forms: WordMap<Cue> = {
        var table: [String: Cue] = [:]
        for entry in entries {
            let regular = [entry.lemma, thirdPerson(entry.lemma), past(entry.lemma), gerund(entry.lemma)]
            var words: [String] = []
            if entry.flags.contains("i") { words = ["to"] }
            if entry.flags.contains("u") { words = ["for", "on"] }
            if entry.flags.contains("p") {
                words = ["about", "of", "on", "against", "for", "with", "out"]
                if ["point", "refer", "respond", "react"].contains(entry.lemma) { words.append("to") }
                if ["rail", "lash", "point"].contains(entry.lemma) { words.append("at") }  // not "talked at the ball"
            }
            let introducers = Dictionary(words.map { ($0, entry.stance) }, uniquingKeysWith: { first, _ in first })
            for form in regular + entry.irregular {
                if var known = table[form] {
                    known.introducers.merge(introducers) { kept, _ in kept }  // "warn that …" and "warn against …"
                    table[form] = known
                    continue
                }
                table[form] = Cue(
                    lemma: entry.lemma, stance: entry.stance, alsoNoun: nounForms.contains(form),
                    needsComplement: entry.flags.contains("c") || !introducers.isEmpty,
                    takesObject: entry.flags.contains("o"), characterizes: entry.flags.contains("k"),
                    regards: entry.flags.contains("v"), refersTo: entry.flags.contains("p") && words.contains("to"),
                    raises: entry.flags.contains("r"),
                    introducers: introducers)
            }
        }
        // Verbs whose other forms are mostly nouns or adverbs ("the attack", "came back").
        let verbOnly = [
            "backed": "back", "backing": "back", "attacked": "attack", "attacking": "attack", "welcomed": "welcome",
            "challenged": "challenge", "favored": "favor", "favoured": "favour",
        ]
        for (form, lemma) in verbOnly { table[form] = Cue(lemma: lemma, stance: .assert) }
        // Forms that report only before `that`, a quotation or a colon ("called it "absolute chaos"").
        for form in [
            "state", "states", "question", "questions", "call", "calls", "called", "calling",
            "know", "knows", "knew", "known", "think", "thinks", "thought", "hope", "hopes", "hoped", "describe", "describes", "described",
            "describing", "post", "agree", "agreed", "agrees", "respond", "responded", "responds",
            "answer", "answered", "maintain", "maintained", "maintains", "counter",
            "countered", "comment", "commented",
        ] {
            table[form]?.needsComplement = true
        }
        return WordMap(table)
    }()

    /// Lemmas whose content is their object, a noun phrase ("endorsed Cruz last week"): it ends
    /// before the time, the next clause or the comma that follow it.
    static let objectTakers: WordSet = [
        "endorse", "support", "oppose", "defend", "propose", "condemn", "slam", "blast", "applaud", "embrace", "prefer",
        "mock", "tout", "hail", "laud", "back", "attack", "welcome", "challenge", "favor", "favour", "criticize", "criticise",
        "praise", "recount", "question", "post", "explain", "recall", "mention", "announce", "reject", "dismiss", "discuss",
    ]

    static func isGerund(_ form: String) -> Bool { form.hasSuffix("ing") && form.count > 5 }

    static func thirdPerson(_ w: String) -> String {
        if w.hasSuffix("s") || w.hasSuffix("sh") || w.hasSuffix("ch") || w.hasSuffix("x") || w.hasSuffix("z") { return w + "es" }
        if w.hasSuffix("y"), let before = w.dropLast().last, !"aeiou".contains(before) { return w.dropLast() + "ies" }
        return w + "s"
    }

    static func past(_ w: String) -> String {
        if w.hasSuffix("e") { return w + "d" }
        if w.hasSuffix("y"), let before = w.dropLast().last, !"aeiou".contains(before) { return w.dropLast() + "ied" }
        return w + "ed"
    }

    static func gerund(_ w: String) -> String {
        if w.hasSuffix("e") && !w.hasSuffix("ee") { return w.dropLast() + "ing" }
        return w + "ing"
    }

    /// Words that may stand between a subject and its cue: "has also said".
    static let auxiliaries: WordSet = [
        "has", "have", "had", "also", "later", "previously", "then", "again", "repeatedly", "recently", "once",
        "often", "would", "will", "could", "may", "might", "must", "should", "not", "never", "already", "still",
        "even", "simply", "further", "separately", "earlier", "first", "since", "too", "just", "now", "did",
        "does", "do", "can", "always", "reportedly", "allegedly", "apparently", "last", "yesterday", "today",
        "tonight", "flatly", "publicly", "privately", "ever", "only", "both", "all", "himself", "herself",
        "themselves", "itself", "personally", "long", "frequently", "immediately", "subsequently", "quickly",
        "afterwards", "afterward", "instead",
    ]

    /// Lowercase words ending in -ly that are nouns, not adverbs.
    static let lyNouns: WordSet = [
        "family", "ally", "assembly", "rally", "supply", "anomaly", "italy", "july", "bully", "monopoly", "lily", "belly",
    ]

    static func isAdverb(_ w: String) -> Bool {
        auxiliaries.contains(w) || (w.hasSuffix("ly") && w.count > 4 && !lyNouns.contains(w))
    }

    /// An adverb or auxiliary between a speaker and a cue; a capitalised word there is a
    /// name ("Kevin Conolly said"), whatever it ends in.
    static func isAdverb(_ token: Token) -> Bool {
        !token.isCapitalized && isAdverb(token.lower)
    }
}
