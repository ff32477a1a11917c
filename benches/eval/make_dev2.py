# Second dev batch: written after the first round of tuning to find new failure modes.
import json, os
out = os.path.join(os.path.dirname(__file__), "dev")
A = []
def art(slug, title, body, people, countries):
    A.append((slug, title, body.strip(), people, countries))

art("tech-nvidia-earnings", "Nvidia's sales triple as AI boom rolls on",
"""SANTA CLARA, Calif. — Nvidia said on Wednesday that its revenue had more than tripled from a year earlier, to $26 billion, as technology companies raced to buy its chips for artificial intelligence, cementing its position as one of the world's most valuable companies.

"The next industrial revolution has begun," said Jensen Huang, the company's co-founder and chief executive, on a call with analysts. Colette Kress, the chief financial officer, said demand would outstrip supply well into next year.

Shares rose 6 percent in after-hours trading. Taiwan Semiconductor Manufacturing Company, which makes the chips in Hsinchu, has struggled to expand capacity fast enough.

Export controls remain a risk. The Commerce Department has barred sales of the most advanced chips to China, and Gina Raimondo, the commerce secretary, has warned that Washington will close loopholes. Nvidia's sales in China fell to about 5 percent of the total, Ms. Kress said.

Analysts at Morgan Stanley raised their price targets. "Nothing in tech has grown like this," said Stacy Rasgon of Bernstein.""",
["Jensen Huang", "Colette Kress", "Gina Raimondo", "Stacy Rasgon"], ["United States", "Taiwan", "China"])

art("sport-tour-de-france", "Pogačar seals third Tour de France title in Nice",
"""NICE, France — Tadej Pogačar won the final time trial on Sunday to seal his third Tour de France title, completing a rare Giro-Tour double and confirming his dominance of the sport.

The Slovenian finished 6 minutes 17 seconds ahead of Jonas Vingegaard of Denmark, who had beaten him in the previous two Tours. Remco Evenepoel of Belgium was third in his first Tour.

For the first time in its history, the race ended outside Paris because of the Olympics. Crowds lined the Promenade des Anglais as riders finished in Nice.

"I'm living a dream," Pogačar said, draped in a Slovenian flag. Vingegaard, who crashed heavily in the Basque Country in April, said he was proud to have made the start.

Biniam Girmay of Eritrea won the green jersey, the first Black African rider to do so.""",
["Tadej Pogačar", "Jonas Vingegaard", "Remco Evenepoel", "Biniam Girmay"], ["France", "Slovenia", "Denmark", "Belgium", "Spain", "Eritrea"])

art("crime-mexico-cartel", "Sinaloa cartel figure 'El Mayo' arrested in Texas",
"""EL PASO, Texas — Ismael "El Mayo" Zambada García, a co-founder of the Sinaloa cartel who evaded capture for decades, was arrested after landing in a private plane near El Paso, along with Joaquín Guzmán López, a son of Joaquín "El Chapo" Guzmán, the Justice Department said.

Attorney General Merrick B. Garland said Mr. Zambada would face charges including drug trafficking and money laundering. His lawyer, Frank Perez, said his client had been "forcibly kidnapped" in Mexico and flown to the United States against his will.

The arrest set off fighting between rival factions in Culiacán, the capital of Sinaloa state. Mexican officials said they had not been informed in advance.

Rosa Icela Rodríguez, Mexico's security minister, said the government was seeking information from Washington.""",
["Ismael Zambada García", "Joaquín Guzmán López", "Joaquín Guzmán", "Merrick B. Garland", "Frank Perez", "Rosa Icela Rodríguez"], ["United States", "Mexico"])

art("science-starliner", "Astronauts' return delayed again as Boeing probes thruster faults",
"""NASA said on Friday that the two astronauts who flew to the International Space Station on Boeing's Starliner capsule would stay in orbit at least until late summer while engineers investigate problems with its thrusters.

Barry Wilmore and Sunita Williams arrived at the station in early June for what was meant to be an eight-day mission. Steve Stich, the manager of NASA's commercial crew program, said at a briefing in Houston that the crew was "not stuck".

Engineers at the White Sands test facility in New Mexico are firing a thruster on the ground to reproduce the failures. The capsule also suffered several helium leaks.

If Starliner is not judged safe, the astronauts could come home on a SpaceX Dragon capsule, a blow to Boeing, which has spent more than $1.5 billion of its own money on the program. Elon Musk's company has flown more than a dozen crews.""",
["Barry Wilmore", "Sunita Williams", "Steve Stich", "Elon Musk"], ["United States"])

art("culture-booker-prize", "Samantha Harvey wins Booker Prize for space station novel",
"""LONDON — Samantha Harvey won the Booker Prize on Tuesday for "Orbital", a slim novel about six astronauts circling the Earth, becoming the first British woman to win the award since 2019.

The chair of the judges, the artist Edmund de Waal, called the book "a novel of wonder". Harvey dedicated the prize to "all the people who speak for and not against the Earth".

The shortlist included "Held" by Anne Michaels of Canada, "James" by Percival Everett, "Creation Lake" by Rachel Kushner and "Stone Yard Devotional" by Charlotte Wood of Australia.

Sales of "Orbital" had already surged after it was longlisted. Her publisher, Jonathan Cape, said it would print 100,000 more copies.""",
["Samantha Harvey", "Edmund de Waal", "Anne Michaels", "Percival Everett", "Rachel Kushner", "Charlotte Wood"], ["United Kingdom", "Canada", "Australia"])

art("russia-navalny-widow", "Navalny's widow vows to carry on his work",
"""Yulia Navalnaya, the widow of the Russian opposition leader Alexei Navalny, said on Monday that she would continue his fight against President Vladimir Putin, three days after her husband died in an Arctic penal colony.

"I will continue the work of Alexei Navalny," she said in a video recorded in an office resembling his old studio. She accused the Kremlin of killing him and of hiding his body to cover up evidence.

Ms. Navalnaya met European Union foreign ministers in Brussels on Monday. Josep Borrell, the bloc's foreign policy chief, said the EU would impose new sanctions.

Navalny's mother, Lyudmila Navalnaya, traveled to the town of Kharp, near the prison, but said she had been refused access to the body. Kira Yarmysh, his spokeswoman, said investigators had told the family the examination could take 30 days.

Hundreds of people who laid flowers at memorials in Moscow and St. Petersburg were detained, according to OVD-Info, a rights group.""",
["Yulia Navalnaya", "Alexei Navalny", "Vladimir Putin", "Josep Borrell", "Lyudmila Navalnaya", "Kira Yarmysh"], ["Russia"])

art("thailand-court-pm", "Thai court removes prime minister Srettha Thavisin",
"""BANGKOK — Thailand's Constitutional Court removed Prime Minister Srettha Thavisin from office on Wednesday, ruling that he had violated ethics rules by appointing a cabinet minister who had served time in prison.

The ruling plunged the country into fresh political uncertainty. Parliament must now choose a new prime minister. The governing Pheu Thai party nominated Paetongtarn Shinawatra, 37, the daughter of former Prime Minister Thaksin Shinawatra.

The decision came a week after the same court dissolved Move Forward, the progressive party that won the most seats in last year's election, and banned its former leader, Pita Limjaroenrat, from politics for 10 years.

"The court has again overruled the will of the people," said Thitinan Pongsudhirak, a political scientist at Chulalongkorn University. Stocks in Bangkok fell nearly 1 percent.""",
["Srettha Thavisin", "Paetongtarn Shinawatra", "Thaksin Shinawatra", "Pita Limjaroenrat", "Thitinan Pongsudhirak"], ["Thailand"])

art("business-evergrande", "Hong Kong court orders liquidation of Evergrande",
"""HONG KONG — A Hong Kong judge ordered the liquidation of China Evergrande Group on Monday, the most dramatic moment yet in a property crisis that has hammered the world's second-largest economy.

Justice Linda Chan said it was "appropriate" to wind up the company after it failed to present a viable restructuring plan in 19 months. Evergrande owes more than $300 billion.

Shares of the developer, once China's biggest by sales, plunged 21 percent before trading was suspended. Its founder, Hui Ka Yan, was detained last year by the authorities in Shenzhen.

Whether mainland courts will recognize the order is unclear. "Creditors face a long road," said Kenneth Ho of Goldman Sachs. Country Garden, another troubled developer based in Guangdong, faces a similar petition.""",
["Linda Chan", "Hui Ka Yan", "Kenneth Ho"], ["China"])

art("brief-greece-wildfire", "Brief: Wildfire forces evacuations north of Athens",
"""Greek authorities ordered the evacuation of several suburbs north of Athens on Sunday as a wildfire fanned by strong winds burned toward Marathon. Vassilis Kikilias, the civil protection minister, said more than 400 firefighters were deployed. Italy and France sent water-dropping planes under an EU mechanism.""",
["Vassilis Kikilias"], ["Greece", "Italy", "France"])

art("opinion-africa-debt", "Opinion: Africa's debt trap is a choice the lenders made",
"""When Zambia defaulted in 2020, it was the first African country to do so during the pandemic. It would not be the last. Ghana followed in 2022, Ethiopia in 2023. Kenya narrowly avoided the same fate by issuing a new eurobond at punishing rates.

The standard story blames profligate governments. That is too easy. Much of the borrowing funded roads and power plants that creditors were happy to finance when money was cheap.

As Ngozi Okonjo-Iweala, the head of the World Trade Organization, has argued, the rules of the global financial system punish poor countries for shocks they did not cause. Under the Common Framework, it took Zambia more than three years to agree terms with China and other bilateral creditors.

Reform is possible. Mia Mottley, the prime minister of Barbados, has pushed for disaster clauses that pause payments after hurricanes. Lenders in Washington and Beijing should take note.""",
["Ngozi Okonjo-Iweala", "Mia Mottley"], ["Zambia", "Ghana", "Ethiopia", "Kenya", "China", "Barbados", "United States"])

art("syria-aleppo-offensive", "Rebels sweep into Aleppo in surprise offensive",
"""BEIRUT — Syrian rebels led by the Islamist group Hayat Tahrir al-Sham swept into Aleppo on Saturday, seizing government buildings and the citadel in the biggest challenge to President Bashar al-Assad in years.

The offensive, launched from the rebel-held province of Idlib, caught government forces by surprise. Russian warplanes struck rebel positions near the city, a war monitor said.

Abu Mohammed al-Jolani, the leader of the group, told fighters in a message to treat residents well. Iran's foreign minister, Abbas Araghchi, flew to Damascus to show support for Mr. al-Assad.

Turkey, which backs other rebel factions in the north, called for calm. Thousands of residents fled toward Homs and the Kurdish-held areas to the east.""",
["Bashar al-Assad", "Abu Mohammed al-Jolani", "Abbas Araghchi"], ["Syria", "Lebanon", "Russia", "Iran", "Turkey"])

art("peru-fujimori-dies", "Alberto Fujimori, Peru's divisive former president, dies at 86",
"""LIMA, Peru — Alberto Fujimori, who crushed a brutal insurgency and rescued Peru's economy in the 1990s but was later imprisoned for human rights abuses and corruption, died on Wednesday at his daughter's home in Lima. He was 86.

His daughter, Keiko Fujimori, a three-time presidential candidate, announced the death on social media. President Dina Boluarte declared three days of national mourning.

The son of Japanese immigrants, Mr. Fujimori was elected in 1990 as a political outsider. In 1992 he shut down Congress with the army's backing. His government captured Abimael Guzmán, the founder of the Shining Path, the same year.

He fled to Japan in 2000 amid a corruption scandal and faxed his resignation from Tokyo. Arrested in Chile five years later, he was extradited and convicted. He was freed in December under a pardon that the Inter-American Court had criticized.""",
["Alberto Fujimori", "Keiko Fujimori", "Dina Boluarte", "Abimael Guzmán"], ["Peru", "Japan", "Chile"])

art("korea-martial-law", "South Korean president lifts martial law after lawmakers defy him",
"""SEOUL — President Yoon Suk Yeol lifted martial law early Wednesday, hours after declaring it, when lawmakers forced their way into the National Assembly past armed troops and voted unanimously to block the decree.

Mr. Yoon had accused the opposition of "anti-state activities" and of sympathizing with North Korea. The leader of the opposition Democratic Party, Lee Jae-myung, livestreamed himself climbing over the fence of the Assembly.

Even Han Dong-hoon, the head of Mr. Yoon's own People Power Party, called the declaration wrong. Defense Minister Kim Yong-hyun offered to resign.

The White House said it had not been notified in advance. Crowds gathered in central Seoul through the night chanting for Mr. Yoon's arrest.""",
["Yoon Suk Yeol", "Lee Jae-myung", "Han Dong-hoon", "Kim Yong-hyun"], ["South Korea", "North Korea", "United States"])

art("netherlands-government", "Dutch government sworn in with far-right party at its core",
"""THE HAGUE — A new Dutch government led by Dick Schoof, a former intelligence chief with no party affiliation, was sworn in by King Willem-Alexander on Tuesday, seven months after the anti-immigrant party of Geert Wilders won the most seats in parliament.

Mr. Wilders, whose Party for Freedom holds the largest share of ministries, agreed not to become prime minister himself after his coalition partners refused. The cabinet includes Marjolein Faber, a party stalwart, as asylum minister.

The coalition has promised the "strictest" asylum policy in the country's history. Frans Timmermans, the leader of the Labor-Green alliance, said the government would divide the country.

Mark Rutte, the outgoing prime minister, left for Brussels to become secretary general of NATO.""",
["Dick Schoof", "Willem-Alexander", "Geert Wilders", "Marjolein Faber", "Frans Timmermans", "Mark Rutte"], ["Netherlands"])

art("caribbean-hurricane-beryl", "Hurricane Beryl flattens Grenadine islands",
"""KINGSTOWN, St. Vincent — Hurricane Beryl, the earliest Category 5 storm on record in the Atlantic, tore through the southern Caribbean on Monday, destroying almost every building on Carriacou and on Union Island in the Grenadines.

Grenada's prime minister, Dickon Mitchell, said Carriacou had been "flattened" in half an hour. At least six people were killed across the region, including three in Grenada and one in St. Vincent and the Grenadines.

Ralph Gonsalves, the prime minister of St. Vincent, said 90 percent of homes on Union Island had been damaged or destroyed. The storm was heading toward Jamaica, where Prime Minister Andrew Holness urged residents to prepare.

Forecasters at the National Hurricane Center in Miami said warm ocean waters had fueled the storm's rapid intensification.""",
["Dickon Mitchell", "Ralph Gonsalves", "Andrew Holness"], ["Saint Vincent and the Grenadines", "Grenada", "Jamaica", "United States"])

for slug, title, body, people, countries in A:
    with open(os.path.join(out, slug + ".md"), "w") as f:
        f.write("---\ntitle: " + json.dumps(title, ensure_ascii=False) + "\n---\n\n" + body + "\n")
    with open(os.path.join(out, slug + ".json"), "w") as f:
        json.dump({"people": people, "countries": countries}, f, ensure_ascii=False, indent=1)
        f.write("\n")
print(len(A), "more dev articles")
