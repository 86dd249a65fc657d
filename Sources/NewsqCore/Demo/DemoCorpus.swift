/// The built-in demo corpus: eight short wire reports about one invented incident
/// (a cut undersea cable between Norway and Denmark, blamed on a Swedish trawler).
/// Every person, ship, company and statement in it is fictional. Stored as the
/// files they would be on disk, so they go through the same readers as any corpus.
public enum DemoCorpus {
    static let files: [(path: String, text: String)] = [
        (
            "demo/2025-03-10-skagerrak-cable.txt",
            #"""
            date: 2025-03-10
            title: Norway says trawler's anchor cut Skagerrak data cable; Sweden denies
            source: Demo Wire (fictional)

            A data cable between Norway and Denmark was cut overnight in the Skagerrak strait, and a Swedish-flagged trawler dragged its anchor across it, Norway said on Monday, while Sweden denied the claim.

            Norwegian Foreign Ministry spokesperson Ingrid Solberg-Vik told reporters in Oslo that the trawler Nordkap had crossed the cable route twice during the night with its anchor down.

            "This was not an accident at sea. A ship does not drag an anchor for eleven kilometres by mistake," Solberg-Vik said.

            "We urge our Swedish neighbours to open an inquiry without delay and to share the vessel's records."

            Sweden's Foreign Ministry rejected the account within hours. "The Swedish government categorically denies that any Swedish vessel damaged the cable," it said in a statement.

            Anders Blomqvist, a spokesman for the Swedish Foreign Ministry, said the Nordkap had been fishing off Skagen and never entered the cable zone.
            """#
        ),
        (
            "demo/2025-03-11-coast-guard-data.txt",
            #"""
            date: 2025-03-11
            title: Swedish coast guard says tracking data puts trawler 40 km from cable
            source: Demo Wire (fictional)

            Sweden's coast guard said on Tuesday that tracking data placed the trawler Nordkap about 40 kilometres from the damaged cable at the time of the cut.

            Commander Lena Hallberg, head of operations at the Swedish coast guard, told a news conference that the ship's transponder was switched on throughout the night.

            "We have the positions minute by minute. The Nordkap was nowhere near the cable," Hallberg said.

            The Swedish Defence Ministry warned against what it called premature accusations. The ministry added that Swedish navy divers were ready to help survey the seabed.

            Norway's Defence Ministry said it had increased patrols in the strait. According to the ministry, two frigates and a maritime patrol aircraft were sent to the area on Monday night.
            """#
        ),
        (
            "demo/2025-03-12-anchor-marks.txt",
            #"""
            date: 2025-03-12
            title: Danish divers find anchor marks near cable break
            source: Demo Wire (fictional)

            Danish divers found fresh anchor marks on the seabed a few metres from the cable break, Denmark's Maritime Authority said on Wednesday.

            "The marks are recent and they run straight across the cable," said Mette Kjaer, a spokeswoman for the authority. She declined to say which ship made them.

            Norwegian officials said the findings confirmed their account. Ingrid Solberg-Vik wrote on social media that the divers' report "removes any doubt about what happened in the Skagerrak."

            Sweden's Foreign Ministry dismissed the report as inconclusive. Blomqvist said many ships anchor in the area each week and that marks on the seabed prove nothing about the Nordkap.
            """#
        ),
        (
            "demo/2025-03-14-joint-inquiry.txt",
            #"""
            date: 2025-03-14
            title: Norway and Sweden agree joint inquiry into cable damage
            source: Demo Wire (fictional)

            Norway and Sweden will open a joint investigation into the damaged Skagerrak cable, the two foreign ministries announced on Friday, after a week of mutual accusations.

            "Both governments want the facts, and both want them quickly," Norwegian Foreign Minister Kari Lunde said at a news conference in Oslo.

            Swedish Foreign Minister Erik Sandgren said that Sweden had nothing to hide. He insisted that the coast guard data would clear the Nordkap.

            The owner of the trawler, Nordhav Fishing, denied that its crew had lowered the anchor near the cable. A company lawyer, Jonas Berg, warned that the firm would sue anyone who repeated the accusation.
            """#
        ),
        (
            "demo/2025-03-13-wire.json",
            #"""
            [
             {
              "title": "Cable repair ship reaches Skagerrak break",
              "date": "2025-03-13",
              "source": "Demo Wire (fictional)",
              "text": "A cable repair ship reached the damaged Skagerrak cable on Thursday, and the operator said repairs would take at least ten days.\n\n\"Traffic has been rerouted through the North Sea links, so customers will not notice much,\" said Per Aasen, chief executive of the operator, Nordlink Data.\n\nAasen told reporters that the cable had been cut cleanly in two places, which he said was \"consistent with an anchor, not with wear.\"\n\nThe company said it would hand samples of the cable to the Norwegian police."
             },
             {
              "title": "Stockholm summons Norwegian ambassador over cable remarks",
              "date": "2025-03-13",
              "source": "Demo Wire (fictional)",
              "text": "Sweden summoned Norway's ambassador on Thursday over remarks by Norwegian officials that it said amounted to an accusation of sabotage.\n\nSwedish Prime Minister's spokesman Olof Lind said the government expected \"a correction, not a repetition\" of the charges.\n\nNorway's Foreign Ministry denied that it had accused Sweden of sabotage. \"We have described what the evidence shows, nothing more,\" Solberg-Vik said.\n\nAnalysts said the row was the sharpest between the two neighbours in decades."
             }
            ]
            """#
        ),
        (
            "demo/2025-03-wire.jsonl",
            #"""
            {"title": "NATO urges calm in Norway-Sweden cable row", "date": "2025-03-12", "source": "Demo Wire (fictional)", "text": "NATO urged Norway and Sweden on Wednesday to settle their dispute over the damaged Skagerrak cable through a joint investigation.\n\n\"Allies protect critical infrastructure together, and they resolve disagreements together,\" a NATO spokesman, David Okafor, said in Brussels.\n\nOkafor added that the alliance would offer its undersea surveillance data to both governments."}
            {"title": "Fishermen in Skagen say trawler stayed on its grounds", "date": "2025-03-11", "source": "Demo Wire (fictional)", "text": "Fishermen in Skagen, the Danish port nearest the cable, said the Nordkap had been working the usual grounds all night.\n\n\"I saw her lights until three in the morning, always in the same place,\" said Henrik Dahl, skipper of a neighbouring boat.\n\nAccording to Dahl, the weather was too rough for any ship to anchor in the open strait that night."}
            """#
        ),
    ]

    public static var articles: [Article] {
        files.flatMap { ArticleReader.parse(path: $0.path, bytes: Array($0.text.utf8)).articles }
    }
}
