# Writes the held-out split: written before any tuning and never used to tune rules.
import json, os
out = os.path.join(os.path.dirname(__file__), "heldout")
os.makedirs(out, exist_ok=True)
A = []
def art(slug, title, body, people, countries):
    A.append((slug, title, body.strip(), people, countries))

art("bavaria-floods", "Floods swamp Bavarian towns as Danube rises",
"""MUNICH — Thousands of people were evacuated from towns in Bavaria and Baden-Württemberg on Sunday after days of torrential rain swelled the Danube and its tributaries, and a firefighter died when his boat capsized near Pfaffenhofen.

Markus Söder, the Bavarian state premier, toured flooded streets in Reichertshofen in rubber boots. "We have never seen anything like this in June," he said.

Chancellor Olaf Scholz, who visited the region on Sunday afternoon, promised federal help. Deutsche Bahn suspended long-distance trains between Munich and Stuttgart.

In Regensburg, where the river was expected to crest on Monday, volunteers filled sandbags along the old town's embankment. "It's all hands on deck," said Lukas Hofbauer, a student.

Meteorologists at the German Weather Service said more rain was forecast for Austria and the Czech Republic, raising fears further downstream.""",
["Markus Söder", "Olaf Scholz", "Lukas Hofbauer"], ["Germany", "Austria", "Czech Republic"])

art("kremlin-prisoner-swap", "Kremlin confirms biggest prisoner swap since Cold War",
"""The Kremlin confirmed on Thursday that it had freed the Wall Street Journal reporter Evan Gershkovich and the former Marine Paul Whelan in a multinational prisoner exchange completed at Ankara airport.

In return, Russia received Vadim Krasikov, who was serving a life sentence in Germany for the 2019 killing of a Chechen dissident in a Berlin park, along with several people convicted of espionage in Poland, Norway and Slovenia.

Dmitry Peskov, the Kremlin spokesman, said President Vladimir Putin had signed pardons for the prisoners. Vladimir Kara-Murza, the dissident who had been held in a Siberian penal colony, was also released.

Turkey's intelligence agency said it had coordinated the logistics. Jake Sullivan, the White House national security adviser, called the deal "a feat of diplomacy".

Alsu Kurmasheva, a journalist with Radio Free Europe who holds U.S. and Russian citizenship, was among those flown to Maryland.""",
["Evan Gershkovich", "Paul Whelan", "Vadim Krasikov", "Dmitry Peskov", "Vladimir Putin", "Vladimir Kara-Murza", "Jake Sullivan", "Alsu Kurmasheva"], ["Russia", "Turkey", "Germany", "Poland", "Norway", "Slovenia", "United States"])

art("georgia-foreign-agents", "Georgia's parliament overrides veto on 'foreign agents' law",
"""TBILISI — Georgia's parliament voted on Tuesday to override a presidential veto of a law requiring organizations that receive more than 20 percent of their funding from abroad to register as "pursuing the interests of a foreign power".

President Salome Zourabichvili, who has broken with the governing Georgian Dream party, had vetoed the bill, which critics liken to legislation used by the Kremlin to silence dissent. The party's founder, the billionaire Bidzina Ivanishvili, has defended it as protecting sovereignty.

Tens of thousands of people protested outside the parliament on Rustaveli Avenue. The European Union, which granted Georgia candidate status in December, warned that the law was incompatible with membership. Washington announced visa restrictions on officials involved.

Prime Minister Irakli Kobakhidze said Georgia would not be "blackmailed". Nino Lomjaria, a former public defender, said the vote marked "a turn towards Russia".""",
["Salome Zourabichvili", "Bidzina Ivanishvili", "Irakli Kobakhidze", "Nino Lomjaria"], ["Georgia", "Russia", "United States"])

art("atlanta-election-board", "Georgia election board's new rules draw lawsuits",
"""ATLANTA — Democrats sued the Georgia State Election Board on Monday over new rules that would let county officials conduct "reasonable inquiry" before certifying results, arguing that the changes could be used to delay or block certification in November.

The board's Republican majority, praised by former President Donald Trump at a rally in Atlanta this month, approved the rules in a 3-2 vote. Secretary of State Brad Raffensperger, also a Republican, said the changes were "misguided".

"This is a recipe for chaos," said Jasmine Clark, a Democratic state representative from Gwinnett County.

The board's chair, John Fervier, voted against the rules. Janice Johnston, a member who supported them, said they would increase transparency.

Georgia, with 16 electoral votes, is among the handful of states likely to decide the race between Mr. Trump and Vice President Kamala Harris.""",
["Donald Trump", "Brad Raffensperger", "Jasmine Clark", "John Fervier", "Janice Johnston", "Kamala Harris"], ["United States"])

art("india-election-results", "Modi claims third term, but loses majority",
"""NEW DELHI — Narendra Modi claimed victory for his National Democratic Alliance on Tuesday, but his Bharatiya Janata Party lost its outright majority in the Lok Sabha for the first time in a decade, forcing it to rely on regional allies.

The BJP won 240 of the 543 seats, down from 303 in 2019. The opposition INDIA alliance, led by Rahul Gandhi's Congress party, won 232 seats, a far stronger showing than polls had predicted.

The biggest upset came in Uttar Pradesh, where the Samajwadi Party of Akhilesh Yadav won 37 seats. The BJP even lost Faizabad, which includes Ayodhya, site of the temple Mr. Modi inaugurated in January.

Two kingmakers — N. Chandrababu Naidu, whose party swept Andhra Pradesh, and Nitish Kumar of Bihar — said they would back Mr. Modi. Markets in Mumbai fell nearly 6 percent before recovering.""",
["Narendra Modi", "Rahul Gandhi", "Akhilesh Yadav", "N. Chandrababu Naidu", "Nitish Kumar"], ["India"])

art("south-africa-gnu", "Ramaphosa forms unity government with former rivals",
"""CAPE TOWN — President Cyril Ramaphosa announced a cabinet on Sunday that includes ministers from the Democratic Alliance, the ANC's longtime rival, after the governing party lost its parliamentary majority for the first time since apartheid ended.

John Steenhuisen, the DA leader, becomes agriculture minister. The ANC kept the finance, defense and foreign affairs portfolios; Enoch Godongwana remains finance minister.

The rand strengthened after the announcement. "Investors like what they see," said Thandiwe Mokoena, an economist at a Johannesburg bank.

Former President Jacob Zuma, whose new MK party won 15 percent of the vote, largely in KwaZulu-Natal, boycotted the first sitting of parliament and called the coalition "an unholy alliance".

Julius Malema's Economic Freedom Fighters also refused to join.""",
["Cyril Ramaphosa", "John Steenhuisen", "Enoch Godongwana", "Thandiwe Mokoena", "Jacob Zuma", "Julius Malema"], ["South Africa"])

art("myanmar-lashio", "Rebels seize Myanmar military command in Shan State",
"""BANGKOK — An ethnic armed group said on Saturday that it had captured the headquarters of the Myanmar military's northeastern command in Lashio, the largest city in Shan State, the most significant defeat for the junta since it seized power in 2021.

The Myanmar National Democratic Alliance Army said its fighters had taken the base after weeks of fighting. Thousands of residents fled toward Mandalay and across the border into China's Yunnan province.

The junta's spokesman, Maj. Gen. Zaw Min Tun, said the military was "managing the situation". Senior Gen. Min Aung Hlaing has faced rare criticism from pro-military commentators.

China, which has economic interests in the region, urged both sides to cease fire. Aung San Suu Kyi, the ousted civilian leader, remains in detention in Naypyidaw.

Thai officials in Mae Sot said they were preparing for more refugees.""",
["Zaw Min Tun", "Min Aung Hlaing", "Aung San Suu Kyi"], ["Myanmar", "China", "Thailand"])

art("colombia-petro-eln", "Colombia's ELN talks stall after attack on army base",
"""BOGOTÁ — Colombia's peace talks with the National Liberation Army were suspended on Wednesday after a drone attack by the rebel group killed two soldiers at a base in Arauca, near the Venezuelan border.

President Gustavo Petro, a former guerrilla who made "total peace" a signature policy, said the attack was "practically a closure of the peace process". His chief negotiator, Vera Grabe, said the government would assess whether talks could continue.

The ELN, which has about 6,000 fighters, said the attack was a response to military operations in Catatumbo. Talks have been hosted by Cuba, Norway, Mexico and Venezuela.

In Cúcuta, a border city, Governor William Villamizar said violence had displaced hundreds of families. Human rights groups in Medellín called on both sides to protect civilians.""",
["Gustavo Petro", "Vera Grabe", "William Villamizar"], ["Colombia", "Venezuela", "Cuba", "Norway", "Mexico"])

art("egypt-imf-devaluation", "Egypt lets pound plunge, secures bigger IMF loan",
"""CAIRO — Egypt's central bank let the pound fall by more than a third on Wednesday and raised interest rates by six percentage points, clearing the way for an expanded $8 billion loan from the International Monetary Fund.

The pound slid to about 50 to the dollar from 30.85. Prime Minister Mostafa Madbouly said the move would end the currency black market that had crippled imports.

The deal followed a $35 billion investment by the United Arab Emirates to develop Ras El-Hekma, a stretch of Mediterranean coast west of Alexandria.

"Everything will get more expensive again," said Amal Hassan, a teacher shopping in the Giza market. President Abdel Fattah el-Sisi's government has expanded cash support for poor families.

Egypt's revenue from the Suez Canal has halved since Houthi attacks in the Red Sea diverted shipping.""",
["Mostafa Madbouly", "Amal Hassan", "Abdel Fattah el-Sisi"], ["Egypt", "United Arab Emirates", "Yemen"])

art("obit-kissinger", "Henry Kissinger, statesman who shaped Cold War diplomacy, dies at 100",
"""Henry Kissinger, the diplomat who served Presidents Richard Nixon and Gerald Ford and helped open relations with China, died on Wednesday at his home in Kent, Connecticut. He was 100.

Born in Fürth, Germany, in 1923, he fled Nazi persecution with his family in 1938 and settled in New York. As national security adviser and then secretary of state, he negotiated with Zhou Enlai and Mao Zedong, pursued detente with the Soviet Union under Leonid Brezhnev, and won a Nobel Peace Prize for the Paris accords that were meant to end the war in Vietnam.

His critics held him responsible for the bombing of Cambodia and for support of the coup in Chile that brought Augusto Pinochet to power.

He remained a sought-after adviser into his final years. In July, he traveled to Beijing and met Xi Jinping, who called him "an old friend of the Chinese people".

He is survived by his wife, Nancy Maginnes Kissinger.""",
["Henry Kissinger", "Richard Nixon", "Gerald Ford", "Zhou Enlai", "Mao Zedong", "Leonid Brezhnev", "Augusto Pinochet", "Xi Jinping", "Nancy Maginnes Kissinger"], ["United States", "China", "Germany", "Russia", "Vietnam", "Cambodia", "Chile"])

art("brief-iceland-eruption", "Brief: Volcano erupts again near Grindavík",
"""A volcanic eruption began on Iceland's Reykjanes Peninsula on Wednesday evening, the Icelandic Meteorological Office said, the fifth in the area since December.

Lava flowed toward defensive walls built to protect the fishing town of Grindavík, which was evacuated. The Blue Lagoon spa was closed. Flights at Keflavík airport were not affected, operator Isavia said.""",
[], ["Iceland"])

art("sports-cricket-final", "India beat South Africa to win T20 World Cup",
"""BRIDGETOWN, Barbados — India won the Twenty20 World Cup on Saturday, beating South Africa by seven runs in a tense final at Kensington Oval after Hardik Pandya took two wickets in the last over.

Virat Kohli top-scored with 76 and then announced his retirement from T20 internationals, as did captain Rohit Sharma. "This was my last T20 for India," Kohli said. "We wanted to win this cup."

South Africa, needing 30 from 30 balls, looked poised for their first World Cup title before Heinrich Klaasen was dismissed for 52. Suryakumar Yadav's catch on the boundary to remove David Miller in the final over sealed the match.

Fans celebrated through the night in Mumbai and Delhi. Prime Minister Narendra Modi called the team to congratulate them.

Aiden Markram, the South Africa captain, said his players were "gutted".""",
["Hardik Pandya", "Virat Kohli", "Rohit Sharma", "Heinrich Klaasen", "Suryakumar Yadav", "David Miller", "Narendra Modi", "Aiden Markram"], ["Barbados", "India", "South Africa"])

art("indonesia-nusantara", "Indonesia's new capital opens with fanfare and unfinished buildings",
"""NUSANTARA, Indonesia — President Joko Widodo held Indonesia's Independence Day ceremony in the country's new capital for the first time on Saturday, even as cranes still loomed over much of the $32 billion city being carved out of the jungle of East Kalimantan, on the island of Borneo.

The government says moving the capital from Jakarta, which is sinking and chronically congested, will spread development. Critics point to deforestation and the displacement of Indigenous communities.

President-elect Prabowo Subianto, who takes office in October, attended the ceremony at the new palace, shaped like a mythical Garuda bird. He has pledged to continue the project but has not said when the civil service will move.

"We were promised jobs, but the contractors bring workers from Java," said Yusran, a resident of nearby Penajam.

Only a few foreign investors have committed money. A delegation from Singapore toured the site in June.""",
["Joko Widodo", "Prabowo Subianto", "Yusran"], ["Indonesia", "Singapore"])

art("analysis-sahel-juntas", "Analysis: The Sahel's juntas turn to Moscow",
"""When soldiers in Niamey ousted President Mohamed Bazoum in July 2023, they followed a path already taken by officers in Bamako and Ouagadougou. A year later, the three juntas have formed a confederation, expelled French troops and invited Russian instructors.

Capt. Ibrahim Traoré, Burkina Faso's leader, has become a social-media hero across Africa for his anti-colonial rhetoric. In Mali, Col. Assimi Goïta has postponed elections indefinitely. Gen. Abdourahamane Tiani in Niger ordered American forces to leave a drone base near Agadez.

"The juntas have traded one patron for another," said Ornella Moderan, a Sahel researcher based in Dakar.

Security has not improved. Jihadist attacks killed more civilians in the region last year than ever before, according to ACLED. The regional bloc ECOWAS, led by Nigeria, has lifted most sanctions, hoping to coax the three back.""",
["Mohamed Bazoum", "Ibrahim Traoré", "Assimi Goïta", "Abdourahamane Tiani", "Ornella Moderan"], ["Niger", "Mali", "Burkina Faso", "France", "Russia", "United States", "Senegal", "Nigeria"])

art("quebec-hydro-deal", "Quebec and Newfoundland strike landmark hydropower deal",
"""MONTREAL — Quebec and Newfoundland and Labrador signed a preliminary agreement on Thursday to overhaul the power contract for the Churchill Falls generating station, ending decades of bitterness over a 1969 deal widely seen as lopsided.

Under the new terms, Hydro-Québec will pay far more for electricity from the plant, and the two provinces will jointly develop new projects on the Churchill River.

Quebec Premier François Legault called it "a win-win" at a news conference in St. John's with his counterpart, Andrew Furey. "We are righting a historic wrong," Mr. Furey said.

The deal must still be approved by both legislatures. Michael Sabia, the chief executive of Hydro-Québec, said the utility needed the extra power to supply new factories and export to New England.""",
["François Legault", "Andrew Furey", "Michael Sabia"], ["Canada", "United States"])

for slug, title, body, people, countries in A:
    with open(os.path.join(out, slug + ".md"), "w") as f:
        f.write("---\ntitle: " + json.dumps(title, ensure_ascii=False) + "\n---\n\n" + body + "\n")
    with open(os.path.join(out, slug + ".json"), "w") as f:
        json.dump({"people": people, "countries": countries}, f, ensure_ascii=False, indent=1)
        f.write("\n")
print(len(A), "held-out articles")
