import Testing

@testable import NewsqCore

/// The claims of a short text.
func claims(_ body: String) -> [ExtractedClaim] {
    Extractor.claims(in: Article(path: "t.txt", body: body))
}

/// Claims from short texts, several patterns a test (one-pattern cases are in claims.test).
@Suite struct ExtractorPatternTests {
    @Test func theSpeakerAsWrittenKeepsItsApposition() {
        let c = claims(
            "\"I'm not for either of them,\" said Roy Hermann, 65, who caucused for Sanders. "
                + "Sen. Amy Klobuchar (D-Minn.), who sponsored the act, said the vote was close. "
                + "Hillary Clinton and Bernie Sanders said the debate mattered.")
        #expect(
            c.map(\.speaker) == [
                "Roy Hermann, 65, who caucused for Sanders",
                "Sen. Amy Klobuchar (D-Minn.), who sponsored the act",
                "Hillary Clinton and Bernie Sanders",
            ])
        // The actor is the name, not the whole apposition.
        #expect(c[0].actor == "Roy Hermann")
    }

    @Test func contentStopsWhereTheWritersOwnClauseBegins() {
        let c = claims(
            "Ryan and Trump will meet next week, Spicer said, adding, \"They need to talk.\" "
                + "Sanders said there had been gains, but he pressed Clinton to do more. "
                + "Most said they would vote; 62 percent were Sanders supporters. "
                + "She said \"using two accounts was a mistake,\" but in fact she used one.")
        #expect(
            c.map(\.text) == [
                "Ryan and Trump will meet next week", "They need to talk", "there had been gains",
                "they would vote", "using two accounts was a mistake",
            ])
    }

    @Test func characterizationsSourcesOpeningASentenceAndAbbreviatedAppositions() {
        let c = claims(
            "Carson called the political system \"rotten to the core.\" Bolton described him as a liar. "
                + "He called the police. In a CNN national poll, Clinton held a 24-point lead. "
                + "According to early results of exit polls conducted for the AP, most voters were angry. "
                + "Senator John Cornyn of Texas, the No. 2 Republican in the Senate, said the chamber will vote on Monday.")
        #expect(
            c.map(\.text) == [
                "the political system \"rotten to the core", "him as a liar", "Clinton held a 24-point lead",
                "most voters were angry", "the chamber will vote on Monday",
            ])
        #expect(
            c.map(\.speaker) == [
                "Carson", "Bolton", "a CNN national poll",
                "early results of exit polls conducted for the AP",
                "Senator John Cornyn of Texas, the No. 2 Republican in the Senate",
            ])
    }

    @Test func questionsOpinionsAndParticiples() {
        let c = claims(
            "Voters were asked whether Clinton has the integrity to serve. "
                + "When asked if he was ever bullied, Trump laughed. "
                + "\"I think we can win this,\" Sanders told the crowd. The senator believes it was rigged. "
                + "The proportion of GOP primary voters saying they want a ban is high. "
                + "An exhibition showing remains of drones that Russia used opened in Kyiv.")
        #expect(
            c.map(\.text) == [
                "whether Clinton has the integrity to serve", "if he was ever bullied",
                "I think we can win this", "it was rigged", "they want a ban",
            ])
        #expect(c.map(\.stance) == [.question, .question, .assert, .assert, .assert])
        #expect(c[0].speaker == "" && c[1].speaker == "")
        #expect(c[4].speaker == "GOP primary voters")
    }

    @Test func appositionsOverSeveralCommasAndPronounsAfterTheCue() {
        let c = claims(
            "Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012, said that Sanders had been rude. "
                + "Sandra Inman, a Cruz supporter from Jackson, Miss., attending the convention, said she could not support Trump. "
                + "Mr. Cruz, whose finish was seen as a disappointment, said that he was the lone candidate. "
                + "Corey Lewandowski, in a statement released on Thursday, said he \"appreciates the professionalism\" of the attorney. "
                + "Victims of violence would be considered a distinct group, Sanders said, a policy that could help them.")
        #expect(c.map(\.actor) == ["Sandy Phillips", "Sandra Inman", "Cruz", "Corey Lewandowski", "Sanders"])
        #expect(c[1].text == "she could not support Trump")
        #expect(c[4].text == "Victims of violence would be considered a distinct group")
    }

    @Test func raisingVerbsStancesAndEvidence() {
        let c = claims(
            "But the race seemed to be Sanders's to lose. The bank is expected to pass on a rate rise. "
                + "He appeared on television on Monday. Christie endorsed Trump last week. "
                + "Obama, who endorsed Clinton on Thursday, is making his pitch. The new poll shows Trump far out in front. "
                + "They are locked in a tight race, with polls showing Clinton's lead having evaporated.")
        #expect(
            c.map(\.text) == [
                "the race to be Sanders's to lose", "The bank to pass on a rate rise", "Trump",
                "Clinton", "Trump far out in front", "Clinton's lead having evaporated",
            ])
        #expect(c.map(\.speaker) == ["", "", "Christie", "Obama, who", "The new poll", "polls"])
    }

    @Test func askedQuestionsAndParticiplesJoinedToTheirSentence() {
        let c = claims(
            "Asked if he was ever bullied, the candidate said no. "
                + "In the debate, the moderator asked Carson about his ties to a supplement maker. "
                + "Two House committees on Monday asked the Justice Department to investigate. "
                + "Democrats sued over the \"Golden Week,\" saying that the cut burdened black voters. "
                + "He ducked, pointing to his record and saying that senators are overrated. "
                + "Mr. Sanders, after initially saying he would not advertise, took to the airwaves.")
        #expect(
            c.map(\.text) == [
                "if he was ever bullied", "no", "his ties to a supplement maker", "the Justice Department to investigate",
                "the cut burdened black voters", "his record", "senators are overrated", "he would not advertise",
            ])
        #expect(c.map(\.speaker) == ["", "the candidate", "the moderator", "Two House committees", "Democrats", "He", "He", "Mr. Sanders"])
    }

    @Test func subjectsKeepTheirModifiersAgesAndParties() {
        let c = claims(
            "Majorities of Democrats in five states going to the polls Tuesday said they would be satisfied. "
                + "Some delegates at the convention in Philadelphia said they welcomed the debate. "
                + "\"That's a legitimate concern,\" Sarandon, 69, told MSNBC on Monday. "
                + "\"He deserved it,\" the assailant, John McGraw, told the program. "
                + "\"That was a good speech,\" Representative Steve Cohen, Democrat of Tennessee, told Mr. Obama.")
        let said = c.filter { $0.cue != "welcome" }
        #expect(
            said.map(\.speaker) == [
                "Majorities of Democrats in five states going to the polls Tuesday",
                "Some delegates at the convention in Philadelphia", "Sarandon, 69",
                "the assailant, John McGraw", "Representative Steve Cohen, Democrat of Tennessee",
            ])
        #expect(said[2].text == "That's a legitimate concern")
        #expect(said.map(\.actor).suffix(3) == ["Sarandon", "John McGraw", "Steve Cohen"])
    }

    @Test func contentBoundariesAroundQuotationsClausesAndRelatives() {
        let c = claims(
            "''The faster we act,'' he said, ''the better off we are.'' "
                + "Kasich says he'd sit Putin down and tell him \"no more nonsense.\" "
                + "Authorities reported 20 victims at a center that was working with the disabled. "
                + "While environmentalists welcomed the plan, they were less pleased by its coal.")
        #expect(
            c.map(\.text) == [
                "The faster we act the better off we are", "he'd sit Putin down and tell him \"no more nonsense",
                "20 victims at a center that was working with the disabled", "the plan",
            ])
    }

    @Test func possessedStatementsAndTranscriptTurns() {
        let c = claims(
            "He repeated his promise to build a wall. Sen. Graham's energetic endorsement of Cruz surprised many. "
                + "Donald Trump ratcheted up his attacks on Rubio.\n\nTAPPER: Do you think he is a healer? And why?")
        #expect(c.map(\.text) == ["to build a wall", "Cruz", "Rubio", "Do you think he is a healer? And why"])
        #expect(c.map(\.speaker) == ["He", "Sen. Graham", "Donald Trump", "TAPPER"])
        #expect(c.map(\.cue) == ["promise", "endorse", "attack", "say"])
    }

    @Test func timesTitlesInAppositionsAndSplitSubjects() {
        let c = claims(
            "Bob said he first heard gunfire about 9:42 p.m. and suspected that the compound was under attack. "
                + "Hemsley, the co-author of \"Going Viral,\" about the spread of news, said the days when we agreed are gone. "
                + "Many of the closures, he said, have involved public courses. "
                + "As Michael Dell said last week in Tel Aviv, \"Israel is the center of the digital future.\" "
                + "Asked if it was illegal, 46 percent of voters said yes, compared with 23 percent who said no.")
        #expect(
            c.map(\.text) == [
                "he first heard gunfire about 9:42 p.m. and suspected that the compound was under attack",
                "the days when we agreed are gone",
                "Many of the closures have involved public courses", "Israel is the center of the digital future",
                "if it was illegal", "yes", "no",
            ])
        #expect(c.map(\.actor).prefix(4) == ["Bob", "Hemsley", "Hemsley", "Michael Dell"])
    }

    @Test func quotationsCaptionedWithADashAndAName() {
        let c = claims(
            "”Mr. Trump embodies the legacy of racism. He represents our greatest shame.” ― Sonya Herridge\n\n"
                + "“Trump must stop portraying Latinos as gangsters.”— Carla Sanchez.\n\n"
                + "He held up the sign — which read “Hispanics 4 Trump” — and waved it around.")
        #expect(
            c.map(\.text) == [
                "Mr. Trump embodies the legacy of racism. He represents our greatest shame",
                "Trump must stop portraying Latinos as gangsters",
            ])
        #expect(c.map(\.actor) == ["Sonya Herridge", "Carla Sanchez"])
    }

    @Test func peopleFromPlacesNamesWithSuffixesAndPrepositionalCues() {
        let c = claims(
            "Stacy Baker of Columbia, South Carolina, said she thinks Cruz can win. "
                + "Joseph R. Biden Jr., who was to travel to Columbus, Ohio, on Wednesday, said the rules touched on a core issue. "
                + "\"Israel was sold out,\" Trump said in August, referring to Secretary of State John F. Kerry.")
        let said = c.filter { $0.cue != "think" }
        #expect(said.map(\.actor) == ["Stacy Baker", "Joseph R Biden Jr", "Trump", "Trump"])
        #expect(
            said.map(\.speaker).prefix(2) == ["Stacy Baker of Columbia, South Carolina", "Joseph R. Biden Jr., who was to travel to Columbus, Ohio"])
        #expect(said.last?.text == "Secretary of State John F. Kerry")
    }

    @Test func anObjectEndsBeforeItsTimeAndTheNextClause() {
        let c = claims(
            "Christie endorsed Trump last week. Rubio attacked Christie, taking aim at his record. "
                + "Trump describes himself as antiabortion and has said he would nominate conservatives. "
                + "Broaddrick recounted the incident on Monday.")
        #expect(c.filter { $0.cue != "say" }.map(\.text) == ["Trump", "Christie", "himself as antiabortion", "the incident"])
    }

    @Test func aSecondVerbOfTheSameSpeakerAndLabelsInQuotationMarks() {
        let c = claims(
            "Sen. Rand Paul (R-Ky.) said the plan would pay illegal immigrants, and called him \"the leading proponent of amnesty.\" "
                + "Last September, Beck called Palin a \"clown\" on his radio show.")
        #expect(c.map(\.text) == ["the plan would pay illegal immigrants", "him \"the leading proponent of amnesty", "Palin a \"clown"])
        #expect(c.map(\.actor) == ["Rand Paul", "Rand Paul", "Beck"])
        #expect(c.map(\.cue) == ["say", "call", "call"])
    }

    @Test func appositionsInARowAndQuotationsOpeningASplitClause() {
        let c = claims(
            "Yin Myint May, 60, a doctor, said she was elated. "
                + "Rep. Jason Chaffetz, R-Utah, said the questioning will start with Comey. "
                + "Humphrey said he's hopeful that the effort succeeds. "
                + "\"Only you, Dinesh,\" she said, would use the occasion to reaffirm your love of country.")
        #expect(c.map(\.actor).prefix(3) == ["Yin Myint May", "Jason Chaffetz", "Humphrey"])
        #expect(
            c.map(\.text) == [
                "she was elated", "the questioning will start with Comey", "he's hopeful that the effort succeeds",
                "Only you, Dinesh would use the occasion to reaffirm your love of country",
            ])
    }

    @Test func secondVerbsWithoutAnEarlierClaimAndClausesAfterTheCue() {
        let c = claims(
            "Wealth-X keeps its finances a secret but says its business has tripled. "
                + "With two TV crews filming, Perez says too many women are torn by guilt. "
                + "While one company says there are 2,400 billionaires, another says there are about 1,800. "
                + "Graham, who says allies should send ground forces, tweeted that the plan failed.")
        #expect(
            c.map(\.speaker) == [
                "Wealth-X", "Perez", "one company", "another", "Graham, who",
                "Graham, who says allies should send ground forces",
            ])
        #expect(
            c.map(\.text) == [
                "its business has tripled", "too many women are torn by guilt", "there are 2,400 billionaires",
                "there are about 1,800", "allies should send ground forces", "the plan failed",
            ])
    }

    @Test func aCoordinatedVerbWithoutACommaIsTheContentsOwn() {
        let c = claims(
            "Sanders said crafting the platform and holding the convention could be messy. "
                + "The actress said she was tired of the status quo and wanted a new candidate. "
                + "Clinton said she would win, and added that the race was close.")
        #expect(
            c.map(\.text) == [
                "crafting the platform and holding the convention could be messy",
                "she was tired of the status quo and wanted a new candidate", "she would win", "the race was close",
            ])
    }

    @Test func participlesInAppositionsAndAddresseesBeforeABareClause() {
        let c = claims(
            "Sen. Rand Paul, R-Ky., told Fox News that polls could be off. "
                + "The aides, led by campaign manager Terry Sullivan, told the group that they would not win Iowa. "
                + "Hillary Clinton told a Planned Parenthood gathering in Washington she will protect reproductive rights. "
                + "Cornyn told reporters this was the only chance. He told")
        #expect(c.map(\.actor) == ["Rand Paul", "The aides", "Hillary Clinton", "Cornyn"])
        #expect(
            c.map(\.text) == [
                "polls could be off", "they would not win Iowa", "she will protect reproductive rights",
                "this was the only chance",
            ])
    }

    @Test func shortContentsAtTheEdgesDoNotTrap() {
        // Each once trapped on a range whose bounds crossed (random token soups found them).
        #expect(claims("The polls showing Trump.").count <= 1)
        #expect(claims("He told").isEmpty)
        #expect(claims("While he said").isEmpty)
    }

    @Test func randomSoupsOfCueWordsAndPunctuationNeverTrap() {
        // The rules walk token indices around cues; soups of the words they look for reach the edges.
        let words = [
            "\"", "“", "”", ",", ".", ":", "―", "-", "(", ")", "'s", "said", "says", "told", "he", "she", "this", "Trump",
            "according", "to", "that", "who", "Asked", "if", "In", "a", "poll", "the", "his", "promise", "and", "called",
            "seemed", "9:42", "Jr.", "Miss.", "R-Ky.", "60", "support", "endorsed", "saying", "by", "While", "As",
            "TAPPER:", "\n\n", ";", "?", "of", "but", "continued", "is", "expected", "referring", "including", "there",
            "struck", "reporters", "will", "attacks", "on", "yes", "Last", "week", "polls", "showing", "described", "as",
        ]
        var seed: UInt64 = 42
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        for _ in 0..<4000 {
            let body = (0..<(1 + next(30))).map { _ in words[next(words.count)] }.joined(separator: " ")
            #expect(claims(body).allSatisfy { !$0.text.isEmpty })
        }
    }

    @Test func datelinesLabelsAndTimesBeforeTheClause() {
        let c = claims(
            "MACAU (Reuters) - Sheldon Adelson said on Wednesday he likes Trump.\n\n"
                + "Follow Jane Doe on Twitter: @janedoe writes daily.")
        #expect(c.map(\.text) == ["he likes Trump"])
        #expect(c.map(\.actor) == ["Sheldon Adelson"])
    }

    @Test func aSubjectWithARestrictiveRelativeClause() {
        let c = claims(
            "Supporters who have heard directly from the Rubio campaign say their priority is to finish ahead. "
                + "Those who voted for Trump said they were happy.")
        #expect(c.map(\.speaker) == ["Supporters who have heard directly from the Rubio campaign", "Those who voted for Trump"])
        #expect(c.map(\.text) == ["their priority is to finish ahead", "they were happy"])
    }

    @Test func continuedTrailsOnlyAQuotationAndInfinitivesAreNoTail() {
        let c = claims(
            "Now in its twenty-first year, Sundance continues to grow. \"We are content,\" he continued. "
                + "The plan is bad, he said to reporters.")
        #expect(c.map(\.text) == ["We are content", "The plan is bad"])
    }

    @Test func anArticleEndingInAMultibyteCharacterKeepsIt() {
        // Only a body cut at maxBodyBytes drops its last, possibly split, character.
        let c = claims("The minister said the plan was \u{201C}a disaster for the caf\u{E9}\u{201D}")
        #expect(c.first?.text == "the plan was \u{201C}a disaster for the caf\u{E9}")
    }
}
