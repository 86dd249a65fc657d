/// The built-in table of countries (with their other names, capitals and
/// demonyms), institution patterns, titles and role nouns that actor
/// resolution reads.
enum Gazetteer {
    /// `Canonical|other names, capital|demonyms` — one country a line.
    private static let countryTable = """
        Afghanistan|Kabul|Afghan,Afghans
        Albania|Tirana|Albanian,Albanians
        Algeria|Algiers|Algerian,Algerians
        Argentina|Buenos Aires|Argentine,Argentinian,Argentines,Argentinians
        Armenia|Yerevan|Armenian,Armenians
        Australia|Canberra|Australian,Australians
        Austria|Vienna|Austrian,Austrians
        Azerbaijan|Baku|Azerbaijani,Azerbaijanis,Azeri,Azeris
        Bahrain|Manama|Bahraini,Bahrainis
        Bangladesh|Dhaka|Bangladeshi,Bangladeshis
        Belarus|Minsk|Belarusian,Belarusians
        Belgium|Brussels|Belgian,Belgians
        Bolivia|La Paz|Bolivian,Bolivians
        Bosnia|Sarajevo,Bosnia and Herzegovina|Bosnian,Bosnians
        Brazil|Brasilia,Brasília|Brazilian,Brazilians
        Bulgaria|Sofia|Bulgarian,Bulgarians
        Cambodia|Phnom Penh|Cambodian,Cambodians
        Canada|Ottawa|Canadian,Canadians
        Chile|Santiago|Chilean,Chileans
        China|Beijing,People's Republic of China,PRC|Chinese
        Colombia|Bogota,Bogotá|Colombian,Colombians
        Croatia|Zagreb|Croatian,Croatians,Croat,Croats
        Cuba|Havana|Cuban,Cubans
        Cyprus|Nicosia|Cypriot,Cypriots
        Czech Republic|Prague,Czechia|Czech,Czechs
        Denmark|Copenhagen|Danish,Dane,Danes
        Egypt|Cairo|Egyptian,Egyptians
        Estonia|Tallinn|Estonian,Estonians
        Ethiopia|Addis Ababa|Ethiopian,Ethiopians
        Finland|Helsinki|Finnish,Finn,Finns
        France|Paris,Elysee,Élysée|French,Frenchman,Frenchmen
        Georgia|Tbilisi|Georgian,Georgians
        Germany|Berlin|German,Germans
        Ghana|Accra|Ghanaian,Ghanaians
        Greece|Athens|Greek,Greeks
        Hungary|Budapest|Hungarian,Hungarians
        India|New Delhi|Indian,Indians
        Indonesia|Jakarta|Indonesian,Indonesians
        Iran|Tehran,Islamic Republic|Iranian,Iranians
        Iraq|Baghdad|Iraqi,Iraqis
        Ireland|Dublin|Irish
        Israel|Jerusalem|Israeli,Israelis
        Italy|Rome|Italian,Italians
        Japan|Tokyo|Japanese
        Jordan|Amman|Jordanian,Jordanians
        Kazakhstan|Astana|Kazakh,Kazakhs
        Kenya|Nairobi|Kenyan,Kenyans
        Kosovo|Pristina|Kosovar,Kosovars
        Kuwait|Kuwait City|Kuwaiti,Kuwaitis
        Latvia|Riga|Latvian,Latvians
        Lebanon|Beirut|Lebanese
        Libya|Tripoli|Libyan,Libyans
        Lithuania|Vilnius|Lithuanian,Lithuanians
        Malaysia|Kuala Lumpur|Malaysian,Malaysians
        Mexico|Mexico City|Mexican,Mexicans
        Moldova|Chisinau,Chișinău|Moldovan,Moldovans
        Mongolia|Ulaanbaatar|Mongolian,Mongolians
        Montenegro|Podgorica|Montenegrin,Montenegrins
        Morocco|Rabat|Moroccan,Moroccans
        Myanmar|Burma,Naypyidaw|Burmese,Myanmarese
        Nepal|Kathmandu|Nepali,Nepalese
        Netherlands|Holland,Amsterdam,The Hague|Dutch
        New Zealand|Wellington|New Zealander,New Zealanders
        Nigeria|Abuja|Nigerian,Nigerians
        North Korea|Pyongyang,DPRK|North Korean,North Koreans
        North Macedonia|Skopje,Macedonia|Macedonian,Macedonians
        Norway|Oslo|Norwegian,Norwegians
        Oman|Muscat|Omani,Omanis
        Pakistan|Islamabad|Pakistani,Pakistanis
        Palestine|Ramallah,Palestinian Authority|Palestinian,Palestinians
        Peru|Lima|Peruvian,Peruvians
        Philippines|Manila|Filipino,Filipinos,Philippine
        Poland|Warsaw|Polish,Pole,Poles
        Portugal|Lisbon|Portuguese
        Qatar|Doha|Qatari,Qataris
        Romania|Bucharest|Romanian,Romanians
        Russia|Moscow,Kremlin,Russian Federation|Russian,Russians
        Saudi Arabia|Riyadh|Saudi,Saudis
        Serbia|Belgrade|Serbian,Serbians,Serb,Serbs
        Singapore||Singaporean,Singaporeans
        Slovakia|Bratislava|Slovak,Slovaks,Slovakian
        Slovenia|Ljubljana|Slovenian,Slovenians,Slovene,Slovenes
        Somalia|Mogadishu|Somali,Somalis
        South Africa|Pretoria|South African,South Africans
        South Korea|Seoul,Republic of Korea|South Korean,South Koreans
        Spain|Madrid|Spanish,Spaniard,Spaniards
        Sri Lanka|Colombo|Sri Lankan,Sri Lankans
        Sudan|Khartoum|Sudanese
        Sweden|Stockholm|Swedish,Swede,Swedes
        Switzerland|Bern|Swiss
        Syria|Damascus|Syrian,Syrians
        Taiwan|Taipei|Taiwanese
        Thailand|Bangkok|Thai,Thais
        Tunisia|Tunis|Tunisian,Tunisians
        Turkey|Ankara,Türkiye|Turkish,Turk,Turks
        Ukraine|Kyiv,Kiev|Ukrainian,Ukrainians
        United Arab Emirates|UAE,Abu Dhabi|Emirati,Emiratis
        UK|United Kingdom,U.K.,Britain,Great Britain,London,Downing Street,Downing St,Whitehall|British,Briton,Britons,Brits
        US|United States,U.S.,USA,U.S.A.,America,United States of America|American,Americans
        Uzbekistan|Tashkent|Uzbek,Uzbeks
        Venezuela|Caracas|Venezuelan,Venezuelans
        Vietnam|Hanoi|Vietnamese
        Yemen|Sanaa|Yemeni,Yemenis
        Zimbabwe|Harare|Zimbabwean,Zimbabweans
        """

    /// Lowercased country name, other name, capital or demonym → canonical country.
    static let countries: WordMap<String> = {
        var table: [String: String] = [:]
        for line in countryTable.split(separator: "\n") {
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            let canonical = parts[0].trimmingSpaces
            table[canonical.lowercased()] = canonical
            for part in parts.dropFirst() {
                for name in part.split(separator: ",") { table[String(name).trimmingSpaces.lowercased()] = canonical }
            }
        }
        return WordMap(table)
    }()

    /// The longest country phrase at the start of `words` (lowercased), with its length.
    static func country(atStartOf words: ArraySlice<String>) -> (name: String, length: Int)? {
        // Most words open no country's name: ruled out before any phrase is joined.
        guard let first = words.first, let longest = countryWordCounts[first] else { return nil }
        for length in stride(from: min(4, words.count, longest), through: 1, by: -1) {
            let phrase = words.prefix(length).joined(separator: " ")
            if let name = countries[phrase] { return (name, length) }
        }
        return nil
    }

    /// The first word of each country's name (or other name) → the most words such a name has.
    private static let countryWordCounts: WordMap<Int> = {
        var counts: [String: Int] = [:]
        for key in countries.keys {
            let words = key.split(separator: " ", omittingEmptySubsequences: false)
            counts[String(words[0]), default: 0] = max(counts[String(words[0]), default: 0], words.count)
        }
        return WordMap(counts)
    }()

    /// Ministries and offices with short canonical names; `%` is the country.
    static let institutions: [(pattern: [String], canonical: String)] = [
        (["defense", "ministry"], "% MoD"), (["defence", "ministry"], "% MoD"),
        (["ministry", "of", "defense"], "% MoD"), (["ministry", "of", "defence"], "% MoD"),
        (["ministry", "of", "national", "defense"], "% MoD"), (["ministry", "of", "national", "defence"], "% MoD"),
        (["defense", "department"], "% MoD"), (["department", "of", "defense"], "% MoD"), (["mod"], "% MoD"),
        (["foreign", "ministry"], "% MFA"), (["ministry", "of", "foreign", "affairs"], "% MFA"),
        (["foreign", "affairs", "ministry"], "% MFA"), (["foreign", "office"], "% MFA"), (["mfa"], "% MFA"),
        (["state", "department"], "% State Department"),
        (["interior", "ministry"], "% Interior Ministry"), (["ministry", "of", "interior"], "% Interior Ministry"),
        (["ministry", "of", "internal", "affairs"], "% Interior Ministry"), (["home", "office"], "% Home Office"),
        (["government"], "%"), (["military"], "% military"), (["army"], "% army"),
        (["armed", "forces"], "% military"), (["embassy"], "% embassy"), (["officials"], "%"), (["authorities"], "%"),
        (["presidency"], "% presidency"), (["president"], "% president"), (["prime", "minister"], "% prime minister"),
        (["foreign", "minister"], "% foreign minister"), (["defense", "minister"], "% defense minister"),
        (["defence", "minister"], "% defense minister"), (["navy"], "% navy"), (["air", "force"], "% air force"),
        (["police"], "% police"), (["parliament"], "% parliament"), (["people"], "%"), (["leaders"], "%"),
        (["diplomats"], "%"), (["forces"], "% military"), (["troops"], "% military"), (["media"], "% media"),
        (["state", "media"], "% state media"), (["intelligence"], "% intelligence"), (["leadership"], "%"),
    ]

    /// One word that names an institution of a country by itself: "government", "army", "police".
    static func isInstitutionWord(_ word: String) -> Bool {
        institutions.contains { $0.pattern == [word] }
    }

    /// Words that make a capitalised phrase an organisation, not a person.
    static let organizationWords: WordSet = [
        "ministry", "department", "service", "services", "agency", "office", "party", "committee", "campaign",
        "council", "commission", "university", "institute", "foundation", "association", "union", "bank", "court",
        "congress", "senate", "house", "parliament", "government", "administration", "corporation", "corp", "inc",
        "company", "group", "times", "post", "news", "journal", "press", "network", "bureau", "board", "center",
        "centre", "organization", "organisation", "forces", "army", "navy", "police", "guard", "command", "fund",
        "authority", "tribune", "herald", "reuters", "cnn", "bbc", "nato", "fbi", "cia", "pentagon",
        "kremlin", "federation", "league", "club", "team", "school", "hospital", "society", "coalition", "alliance",
        "pac", "gop", "dnc", "rnc", "assembly", "cabinet", "embassy", "mission", "secretariat", "fed",
        "nations", "airlines", "telegraph", "guardian", "gazette", "magazine", "radio", "tv",
        "television", "politico", "newsweek", "breitbart", "prosecutors", "observatory", "lab", "laboratory",
    ]

    /// Nouns for someone related to a person ("his father", "her husband"): never that person.
    static let kinship: WordSet = [
        "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "friend", "uncle", "aunt",
        "partner", "fiancée", "fiance", "fiancee", "widow", "widower", "parents", "family", "cousin", "grandfather",
        "grandmother",
    ]

    /// The pronoun a kinship noun gives its person: "the mother" is a woman the article named.
    static let kinshipPronoun: WordMap<FirstNames.Pronoun> = [
        "father": .he, "son": .he, "husband": .he, "brother": .he, "uncle": .he, "grandfather": .he, "widower": .he,
        "mother": .she, "daughter": .she, "wife": .she, "sister": .she, "aunt": .she, "grandmother": .she, "widow": .she,
    ]

    /// Titles that stand before a name and are not part of it.
    static let titles: WordSet = [
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor", "president", "vice",
        "sen", "sen.", "senator", "rep", "rep.", "representative", "gov", "gov.", "governor", "mayor", "colonel",
        "col", "col.", "general", "gen", "gen.", "lt", "lt.", "lieutenant", "major", "maj", "maj.", "captain",
        "capt", "capt.", "sgt", "sgt.", "sergeant", "admiral", "adm", "adm.", "minister", "prime", "secretary",
        "chancellor", "judge", "justice", "rev", "rev.", "reverend", "pope", "king", "queen", "prince", "princess",
        "sir", "dame", "lord", "lady", "commissioner", "chief", "ambassador", "speaker", "attorney", "deputy",
        "state", "sheriff", "chairman", "chairwoman", "chair", "leader", "candidate", "nominee", "councilman",
        "councilwoman", "congressman", "congresswoman", "assemblyman", "assemblywoman", "director", "officer",
        "spokesman", "spokeswoman", "spokesperson", "press", "first", "former", "acting", "then", "presidential",
        "democratic", "republican", "gop", "independent", "libertarian", "green", "foreign", "defense", "defence",
        "interior", "finance", "health", "senior", "top", "retired", "lawmaker", "u.s.", "federal",
        "district", "house", "senate", "majority", "minority", "whip", "ceo", "founder", "cofounder", "executive",
        "manager", "campaign", "pastor", "father", "brother", "sister", "coach", "detective", "agent", "analyst",
        "strategist", "adviser", "advisor", "aide", "economist", "pollster", "host", "anchor", "author", "actor",
        "actress", "singer", "rapper", "businessman", "billionaire", "mogul", "hopeful", "challenger",
        "incumbent", "head", "emir", "sheikh", "ayatollah", "chairperson", "treasurer", "comptroller", "auditor",
        "mp", "mps", "mep", "secretary-general", "cardinal", "archbishop", "bishop", "rabbi", "imam", "swami",
        "superintendent", "inspector", "commander", "opponent", "member", "ag", "podcaster", "blogger", "boss",
        "frontman", "presenter",
    ]

    /// Nouns naming the role a person speaks in.
    static let roles: WordSet = [
        "spokesman", "spokeswoman", "spokesperson", "minister", "president", "governor", "mayor", "senator",
        "official", "adviser", "advisor", "aide", "chairman", "chairwoman", "chair", "director", "secretary",
        "ambassador", "commander", "general", "colonel", "chief", "head", "leader", "lawmaker", "representative",
        "congressman", "congresswoman", "candidate", "nominee", "analyst", "expert", "professor", "researcher",
        "economist", "lawyer", "attorney", "prosecutor", "judge", "officer", "manager", "ceo", "executive",
        "founder", "strategist", "pollster", "diplomat", "envoy", "deputy", "member", "activist", "resident",
        "witness", "source", "journalist", "reporter", "editor", "columnist", "commentator", "historian",
        "scientist", "doctor", "physician", "sheriff", "commissioner", "speaker", "premier", "chancellor",
        "administrator", "coordinator", "operative", "consultant", "organizer", "veteran", "survivor", "owner",
        "employee", "worker", "student", "teacher", "pastor", "host", "king", "queen", "prince", "emir",
        "president-elect", "hopeful", "challenger", "incumbent", "councilman", "councilwoman", "delegate",
        "treasurer", "superintendent", "inspector", "investigator", "detective", "agent", "negotiator",
        "surrogate", "supporter", "critic", "opponent", "rival", "ally", "partner", "voter",
        "father", "mother", "son", "daughter", "wife", "husband", "friend", "neighbor", "neighbour", "podcaster",
        "blogger", "boss", "frontman", "presenter", "correspondent", "star", "legend",
        // Occupations news names people by ("the singer", "the striker").
        "singer", "actor", "actress", "musician", "rapper", "comedian", "author", "writer", "novelist", "poet",
        "filmmaker", "producer", "coach", "player", "athlete", "sprinter", "footballer", "cricketer", "golfer",
        "boxer", "captain", "striker", "goalkeeper", "artist", "designer", "photographer", "chef", "entrepreneur",
        "businessman", "businesswoman", "billionaire", "tycoon", "astronaut", "surgeon", "nurse", "engineer",
        "priest", "bishop", "archbishop", "imam", "rabbi",
    ]

    /// Things that show or find rather than say: "the poll shows Trump leading", "records show".
    static let evidenceNouns: WordSet = [
        "poll", "polls", "survey", "surveys", "study", "studies", "data", "record", "records", "result", "results",
        "analysis", "figures", "numbers", "report", "reports", "document", "documents", "email", "emails", "photo",
        "photos", "video", "videos", "footage", "image", "images", "research", "statistics", "filing", "filings",
        "tally", "count", "polling", "model", "models", "forecast", "census", "audit", "review", "investigation",
        "probe", "map", "chart", "graph", "transcript", "transcripts", "evidence", "test", "tests", "findings",
    ]

    /// Generic plural speakers: "officials said", "analysts say".
    static let groupNouns: WordSet = [
        "officials", "sources", "analysts", "experts", "critics", "supporters", "opponents", "residents",
        "witnesses", "lawmakers", "leaders", "authorities", "observers", "economists", "researchers", "scientists",
        "voters", "democrats", "republicans", "activists", "investigators", "prosecutors", "police", "aides",
        "advisers", "advisors", "diplomats", "people", "polls", "surveys", "studies", "reports", "documents",
        "records", "data", "members", "organizers", "protesters", "doctors", "pollsters", "strategists",
        "insiders", "allies", "rivals", "conservatives", "liberals", "progressives", "others",
        "many", "some", "both", "all", "most", "few", "several", "americans", "officers", "troops", "soldiers",
        "executives", "employees", "workers", "students", "parents", "families", "groups", "reporters",
        "fishermen", "farmers", "villagers", "citizens", "locals", "delegates", "teachers",
    ]
}
