# Writes the first dev batch of the evaluation set: one .md (title + body) and one .json
# (hand labels) per article. Run once; the files are committed, this script documents them.
import json, os, sys
out = os.path.join(os.path.dirname(__file__), "dev")
os.makedirs(out, exist_ok=True)
A = []
def art(slug, title, body, people, countries):
    A.append((slug, title, body.strip(), people, countries))

art("kenya-finance-bill", "Kenyan police fire tear gas as protesters storm parliament",
"""NAIROBI (Reuters) - Kenyan police fired tear gas and live rounds on Tuesday as thousands of protesters stormed parliament in Nairobi, setting part of the building on fire after lawmakers passed a contested finance bill.

At least five people were shot dead outside the parliament compound, according to the Kenya Medical Association. Witnesses said police also used water cannon in the central business district and in Mombasa and Kisumu.

President William Ruto, who had championed the tax measures as necessary to reduce the country's debt burden, called the storming of parliament "treasonous" in a televised address from State House. He ordered the military to support police.

Opposition leader Raila Odinga urged the government to halt the killing of young protesters. "Kenya cannot afford to kill its children," Mr. Odinga said in a statement.

The International Monetary Fund has been pushing Nairobi to raise revenue to unlock further funding. Auma Obama, a half-sister of former U.S. President Barack Obama, was among those tear-gassed near the parliament, CNN footage showed.""",
["William Ruto", "Raila Odinga", "Auma Obama", "Barack Obama"], ["Kenya", "United States"])

art("argentina-milei-imf", "Milei's austerity wins IMF praise as poverty climbs",
"""BUENOS AIRES — Argentina's President Javier Milei has delivered the fiscal surplus the International Monetary Fund long demanded, but the human cost of his chainsaw austerity is mounting in the working-class suburbs ringing the capital.

In La Matanza, the most populous district of Buenos Aires province, soup kitchens report lines twice as long as a year ago. "We used to serve 200 plates; now it is 450," said Graciela Benítez, who runs a community kitchen run out of a parish hall.

Economy Minister Luis Caputo told reporters on Thursday that monthly inflation had fallen to 4.2 percent, the lowest since early 2022. IMF Managing Director Kristalina Georgieva praised the "impressive progress" in a post on X.

Critics are less impressed. Axel Kicillof, the Peronist governor of Buenos Aires province and a likely rival in 2027, accused the government of "economic cruelty". Former President Cristina Fernández de Kirchner, who remains the most influential figure in the opposition, has largely stayed silent.

Mr. Milei will travel to Madrid next week to receive an award, a trip likely to reopen his spat with Spanish Prime Minister Pedro Sánchez.""",
["Javier Milei", "Graciela Benítez", "Luis Caputo", "Kristalina Georgieva", "Axel Kicillof", "Cristina Fernández de Kirchner", "Pedro Sánchez"], ["Argentina", "Spain"])

art("german-coalition-budget", "Scholz's coalition strikes late-night budget deal",
"""BERLIN — Germany's fractious three-party coalition agreed on a 2025 budget in the early hours of Friday after weeks of wrangling, averting a government collapse but leaving a multibillion-euro gap to be closed later.

Chancellor Olaf Scholz, flanked by Finance Minister Christian Lindner and Economy Minister Robert Habeck, told a news conference at the Chancellery that the plan would keep the constitutional debt brake intact while raising military spending to meet NATO's 2 percent target.

The deal was struck after 80 hours of talks. Mr. Lindner, whose Free Democrats have insisted on fiscal discipline, said the coalition had "found a way to invest without new debt". The Greens had pushed for more money for climate projects and for aid to Ukraine.

The opposition Christian Democrats dismissed the agreement as "a budget of tricks". Their leader, Friedrich Merz, said the government was postponing hard choices until after elections in Saxony, Thuringia and Brandenburg in September, where the far-right Alternative for Germany is polling first.

The Bundestag is expected to debate the draft after the summer recess.""",
["Olaf Scholz", "Christian Lindner", "Robert Habeck", "Friedrich Merz"], ["Germany", "Ukraine"])

art("sudan-famine-darfur", "Famine confirmed in Darfur camp as fighting blocks aid",
"""A global hunger monitor said on Thursday that famine conditions were present in the Zamzam displacement camp near El Fasher, the first such determination anywhere in the world since 2017.

The camp, which shelters as many as half a million people, has been cut off for months by the paramilitary Rapid Support Forces, which have besieged El Fasher, the last major city in Darfur held by the Sudanese army.

"Children are dying every day," said Dr. Mohamed Abdallah Yousif, who works at one of the few clinics still operating in the camp. He said supplies of therapeutic food had run out in June.

The war between the army, led by Gen. Abdel Fattah al-Burhan, and the RSF, commanded by Mohamed Hamdan Dagalo, known as Hemedti, erupted in April 2023 in Khartoum and has displaced more than 10 million people. Talks convened by the United States and Saudi Arabia in Geneva this month were boycotted by the army.

Aid groups have urged the authorities to reopen the Adre crossing from Chad, the main route for relief into Darfur.""",
["Mohamed Abdallah Yousif", "Abdel Fattah al-Burhan", "Mohamed Hamdan Dagalo"], ["Sudan", "United States", "Saudi Arabia", "Chad"])

art("india-heatwave-delhi", "Delhi swelters as heatwave strains power grid",
"""NEW DELHI — Temperatures in parts of the Indian capital touched 49.9 degrees Celsius on Tuesday, and electricity demand in the northern grid hit a record as millions of air conditioners strained supply during a weeks-long heatwave.

The India Meteorological Department issued a red alert for Delhi, Haryana, Punjab and Rajasthan, warning of heatstroke. Hospitals in Lucknow and Patna reported dozens of deaths linked to heat, though officials said the toll was still being verified.

Delhi's water minister, Atishi, accused the neighbouring state of Haryana of withholding the city's share of Yamuna river water and began a hunger strike. Haryana's chief minister, Nayab Singh Saini, rejected the charge.

At a construction site in Noida, laborer Ramesh Kumar said work began at 5 a.m. to avoid the worst of the afternoon sun. "After noon, nobody can stand here," he said.

Scientists say such heatwaves have become more frequent and intense. The Ministry of Power said it had asked coal plants to run at full capacity through June.""",
["Atishi", "Nayab Singh Saini", "Ramesh Kumar"], ["India"])

art("japan-earthquake-noto", "Strong quake jolts Japan's Noto Peninsula, tsunami warning lifted",
"""TOKYO, Jan 2 (AP) — Rescuers searched collapsed homes on Japan's Noto Peninsula on Tuesday after a magnitude 7.5 earthquake struck on New Year's Day, killing at least 48 people and setting off a fire that destroyed hundreds of buildings in the port city of Wajima.

Prime Minister Fumio Kishida said the government was racing against time to reach survivors, as damaged roads cut off parts of Ishikawa prefecture. Self-Defense Force troops were flown in by helicopter.

The Japan Meteorological Agency lifted all tsunami warnings on Tuesday morning. Waves of about 1.2 meters had reached Wajima port.

Hokuriku Electric Power said there were no abnormalities at its Shika nuclear plant, though some transformers were damaged.

In Suzu, near the tip of the peninsula, Mayor Masuhiro Izumiya said "almost no houses are standing" in some neighborhoods. Emperor Naruhito canceled his traditional New Year's greetings.""",
["Fumio Kishida", "Masuhiro Izumiya", "Naruhito"], ["Japan"])

art("venezuela-election-protests", "Maduro declared winner as opposition cries fraud",
"""CARACAS — Venezuela's electoral authority proclaimed President Nicolás Maduro the winner of Sunday's election, prompting protests in poor neighborhoods of Caracas and in cities including Maracaibo and Valencia, where demonstrators toppled a statue of Hugo Chávez.

Opposition leader María Corina Machado said her camp had tallies from more than 70 percent of polling stations showing that its candidate, Edmundo González, had won by a wide margin. "We won, and everyone knows it," Ms. Machado told supporters.

The National Electoral Council, controlled by Maduro loyalists, has not published precinct-level results. Secretary of State Antony Blinken said Washington had "serious concerns" that the announced result did not reflect the will of the people, while the governments of Brazil, Colombia and Mexico called for the full release of the tallies.

Diosdado Cabello, a senior figure in the ruling party, warned that protesters who blocked roads would face prosecution.

Peru, Argentina and Chile were among the countries whose diplomats were ordered to leave Caracas after their governments questioned the result.""",
["Nicolás Maduro", "Hugo Chávez", "María Corina Machado", "Edmundo González", "Antony Blinken", "Diosdado Cabello"], ["Venezuela", "United States", "Brazil", "Colombia", "Mexico", "Peru", "Argentina", "Chile"])

art("uk-riots-southport", "Starmer vows 'full force of the law' after riots spread",
"""LONDON — Prime Minister Keir Starmer pledged on Sunday that rioters who attacked a hotel housing asylum seekers in Rotherham would face "the full force of the law", as violence fuelled by false claims online spread to more towns in England and Northern Ireland.

The unrest began after three young girls were fatally stabbed at a dance class in Southport last week. False posts on social media had claimed the suspect was a Muslim asylum seeker.

Home Secretary Yvette Cooper said police would be given whatever resources they needed. In Belfast, shops owned by migrants were set on fire. Elon Musk, the owner of X, drew criticism from ministers after writing that "civil war is inevitable" in Britain.

Nigel Farage, the leader of Reform UK, was accused by opponents of stoking tensions with a video questioning whether the police were telling the truth. He denied the charge.

Merseyside Police said more than 50 officers had been injured. Chief Constable Serena Kennedy called the violence "thuggery".""",
["Keir Starmer", "Yvette Cooper", "Elon Musk", "Nigel Farage", "Serena Kennedy"], ["United Kingdom"])

art("australia-rba-rates", "RBA holds rates, signals no cuts this year",
"""SYDNEY — The Reserve Bank of Australia left its cash rate at a 12-year high of 4.35 percent on Tuesday and warned that it was too early to rule out another increase, dashing hopes for relief for mortgage holders before Christmas.

Governor Michele Bullock told a news conference in Sydney that underlying inflation remained "too high" and that the board did not expect to cut rates "in the near term".

Treasurer Jim Chalmers said the government's energy rebates were helping to bring headline inflation down. The opposition's treasury spokesman, Angus Taylor, said Labor had "lost control of the cost of living".

The Australian dollar rose a third of a US cent after the decision. Economists at Westpac and Commonwealth Bank pushed back their forecasts for a first cut to February.

Figures out last week showed that retail spending in Queensland and Western Australia had held up better than in Victoria and New South Wales.""",
["Michele Bullock", "Jim Chalmers", "Angus Taylor"], ["Australia"])

art("philippines-scarborough", "Chinese coast guard fires water cannon at Philippine vessels",
"""MANILA — China's coast guard fired water cannon at two Philippine government vessels near Scarborough Shoal on Tuesday, damaging one of them, the Philippine coast guard said, in the latest clash in the disputed South China Sea.

Commodore Jay Tarriela, a spokesman for the Philippine coast guard, said the BRP Bagacay was hit while on a mission to support Filipino fishermen. Beijing said its forces had "expelled" the vessels, which it accused of intruding into Chinese waters.

President Ferdinand Marcos Jr. said Manila would not be intimidated. The shoal, about 200 kilometers west of the main island of Luzon, has been controlled by China since 2012.

The U.S. ambassador, MaryKay Carlson, condemned what she called "dangerous maneuvers". Washington has repeatedly said its mutual defense treaty with the Philippines covers attacks on Philippine public vessels anywhere in the South China Sea.

Analysts at the Lowy Institute in Sydney said the incident showed the limits of diplomacy between Beijing and Manila.""",
["Jay Tarriela", "Ferdinand Marcos Jr.", "MaryKay Carlson"], ["China", "Philippines", "United States", "Australia"])

art("israel-hostage-deal", "Ceasefire talks resume in Doha as families press Netanyahu",
"""JERUSALEM — Israeli negotiators returned to Doha on Thursday for talks on a ceasefire in Gaza and the release of hostages, as thousands of demonstrators in Tel Aviv urged Prime Minister Benjamin Netanyahu to accept a deal.

The head of the Mossad, David Barnea, led the Israeli delegation, which was meeting Qatari and Egyptian mediators. CIA Director William Burns was also expected to attend, a U.S. official said.

"Every day that passes is a death sentence," said Einav Zangauker, whose son Matan was abducted from Kibbutz Nir Oz on Oct. 7. She spoke at a rally outside the Defense Ministry.

Hamas officials said in a statement from Beirut that the group had shown "flexibility" and blamed Mr. Netanyahu for new conditions, including Israeli control of the Philadelphi corridor along the border with Egypt.

The Gaza Health Ministry said on Thursday that more than 39,000 Palestinians had been killed since the war began. Strikes on Khan Younis killed at least 20 people overnight, it said.""",
["Benjamin Netanyahu", "David Barnea", "William Burns", "Einav Zangauker", "Matan Zangauker"], ["Israel", "Qatar", "Egypt", "United States", "Lebanon", "Palestine"])

art("france-olympics-seine", "Swimmers finally dive into the Seine after days of doubt",
"""PARIS — The Olympic triathlon went ahead in the Seine on Wednesday after organizers declared the water safe, a day after rain-driven pollution forced the postponement of the men's race.

Britain's Alex Yee won gold in a thrilling sprint finish, overtaking New Zealand's Hayden Wilde in the final stretch of the run along the Pont Alexandre III. In the women's race, France's Cassandre Beaugrand delighted a home crowd with victory.

Paris Mayor Anne Hidalgo, who swam in the river two weeks ago to prove it was clean, hailed the decision. The city has spent 1.4 billion euros on sewage works to make the river swimmable.

Not all athletes were convinced. Belgium withdrew its mixed relay team after one of its triathletes, Claire Michel, fell ill, the Belgian Olympic committee said, though it did not link the illness to the water.

Tony Estanguet, the head of the organizing committee, said water quality tests were carried out daily by the city.""",
["Alex Yee", "Hayden Wilde", "Cassandre Beaugrand", "Anne Hidalgo", "Claire Michel", "Tony Estanguet"], ["France", "United Kingdom", "New Zealand", "Belgium"])

art("us-texas-border", "Texas and Washington clash again over border buoys",
"""AUSTIN, Texas — A federal appeals court on Tuesday allowed Texas to keep a 1,000-foot string of buoys in the Rio Grande, handing Gov. Greg Abbott a victory in his long-running fight with the Biden administration over border enforcement.

The Justice Department had sued the state, arguing that the barrier violated federal law and endangered migrants. The full Fifth Circuit disagreed in a 11-7 ruling.

"Texas will continue to deploy every tool to secure the border," Mr. Abbott said in a statement. Texas Attorney General Ken Paxton called the ruling "a major win".

Advocates for migrants said the buoys had caused drownings near Eagle Pass. Homeland Security Secretary Alejandro Mayorkas said the administration was reviewing its options.

The Mexican government has said the barrier may sit on its side of the river. Alicia Bárcena, Mexico's foreign minister, has previously protested to the State Department.""",
["Greg Abbott", "Biden", "Ken Paxton", "Alejandro Mayorkas", "Alicia Bárcena"], ["United States", "Mexico"])

art("pakistan-imran-khan", "Court overturns Imran Khan's conviction, but he stays in jail",
"""ISLAMABAD — A Pakistani court on Monday overturned the conviction of former Prime Minister Imran Khan in a case over the leaking of state secrets, but he will remain in prison because of other cases against him, his lawyers said.

The Islamabad High Court also acquitted Shah Mahmood Qureshi, a former foreign minister and senior leader of Mr. Khan's party, Pakistan Tehreek-e-Insaf.

Mr. Khan, a former cricket star, was ousted in a no-confidence vote in 2022 and has accused the military of orchestrating his downfall, a charge the army denies. He has been held at Adiala jail in Rawalpindi since last August.

Prime Minister Shehbaz Sharif's government has appealed against other rulings in Mr. Khan's favor. Information Minister Attaullah Tarar said the verdict was "a matter for the courts".

Supporters celebrated outside the court and in Lahore and Peshawar, waving the party's red and green flags.""",
["Imran Khan", "Shah Mahmood Qureshi", "Shehbaz Sharif", "Attaullah Tarar"], ["Pakistan"])

art("brazil-floods-rio-grande", "Floods in southern Brazil kill dozens, leave thousands homeless",
"""PORTO ALEGRE, Brazil — Torrential rain in the southern state of Rio Grande do Sul has killed at least 75 people and forced more than 80,000 from their homes, officials said on Sunday, as rivers burst their banks and a dam partly collapsed.

Governor Eduardo Leite described the disaster as the worst in the state's history. Large parts of Porto Alegre, the state capital, were underwater, and its international airport suspended flights indefinitely.

President Luiz Inácio Lula da Silva flew over the flooded areas on Sunday with several ministers. "We will not spare any effort," Lula said, promising federal funds for reconstruction.

In the town of Canoas, residents waded through waist-deep water carrying children and pets. "We lost everything," said Juliana Ferreira, 34, a hairdresser.

Climate scientists said the rains were made more intense by the El Niño weather pattern and by warming temperatures. Neighboring Uruguay also reported flooding along the border.""",
["Eduardo Leite", "Luiz Inácio Lula da Silva", "Juliana Ferreira"], ["Brazil", "Uruguay"])

art("south-korea-doctors-strike", "Seoul suspends licenses as trainee doctors' walkout drags on",
"""SEOUL — South Korea's government began suspending the medical licenses of trainee doctors on Tuesday, escalating a standoff over plans to sharply increase medical school admissions that has disrupted hospitals for weeks.

About 9,000 junior doctors walked off the job in February, protesting against President Yoon Suk Yeol's plan to add 2,000 places a year. Officials say the country needs more doctors to cope with a rapidly aging population; the doctors argue that the plan does not address low pay in essential specialties.

Health Minister Cho Kyoo-hong said the suspensions were "unavoidable". Park Dan, the head of the Korean Intern Resident Association, said the young doctors would not return "under threats".

Major hospitals in Seoul, including Severance Hospital, have postponed surgeries. In Busan, a patient died after being turned away by several emergency rooms, local media reported.

Mr. Yoon's People Power Party faces parliamentary elections next month.""",
["Yoon Suk Yeol", "Cho Kyoo-hong", "Park Dan"], ["South Korea"])

art("nigeria-naira-cbn", "Nigeria's central bank raises rates again to defend naira",
"""LAGOS — Nigeria's central bank raised its benchmark interest rate by 200 basis points to 24.75 percent on Tuesday, its second big increase in two months, as it tries to tame inflation running above 30 percent and support the battered naira.

Governor Olayemi Cardoso said the Monetary Policy Committee had voted unanimously. The naira has lost about 70 percent of its value against the dollar since President Bola Tinubu floated the currency last year.

"Prices change every week. Rice that cost 40,000 naira is now 77,000," said Chidinma Okafor, a trader at Lagos' Balogun market.

Business groups in Kano and Abuja warned that higher borrowing costs would hurt manufacturers already struggling with fuel and power shortages. The Manufacturers Association of Nigeria called for targeted relief.

Analysts at Standard Bank said the move would help attract foreign portfolio inflows.""",
["Olayemi Cardoso", "Bola Tinubu", "Chidinma Okafor"], ["Nigeria"])

art("ukraine-kharkiv-strike", "Russian glide bombs pound Kharkiv as Zelenskyy pleads for air defense",
"""KYIV, Ukraine — Russian glide bombs struck a hardware superstore in Kharkiv on Saturday, killing at least 12 people, as President Volodymyr Zelenskyy appealed again to Western allies for more air defense systems.

Oleh Syniehubov, the governor of the Kharkiv region, said fire engulfed the Epicentr store, where about 200 people were shopping. Rescuers pulled bodies from the rubble through the night.

"If we had enough air defense, this would not have happened," Mr. Zelenskyy said in his nightly address. He singled out the Patriot system made in the United States.

Moscow did not comment on the strike. The Russian Defense Ministry said its forces had captured two villages near Vovchansk, in the north of the region.

Germany's foreign minister, Annalena Baerbock, visiting Odesa, said Berlin was working with partners to find more systems. Poland said it had scrambled jets after Russian missiles were fired at targets in western Ukraine near Lviv.""",
["Volodymyr Zelenskyy", "Oleh Syniehubov", "Annalena Baerbock"], ["Russia", "Ukraine", "United States", "Germany", "Poland"])

art("iran-election-pezeshkian", "Reformist Pezeshkian wins Iran's presidential runoff",
"""DUBAI — Masoud Pezeshkian, a heart surgeon and reformist lawmaker, won Iran's presidential runoff, defeating the hard-liner Saeed Jalili after promising to reach out to the West and ease enforcement of the mandatory headscarf law, state media reported on Saturday.

Mr. Pezeshkian won about 16 million votes to Mr. Jalili's 13 million, according to the Interior Ministry. Turnout was just under 50 percent, up from the first round.

Supreme Leader Ayatollah Ali Khamenei, who has the final say on all matters of state, congratulated the winner. The election was called after President Ebrahim Raisi died in a helicopter crash in May.

In Tehran, supporters danced in the streets, some waving green ribbons associated with the reform movement. "I voted for the first time in years," said Shirin Rahimi, 29, a pharmacist in Isfahan.

Mr. Pezeshkian has said he wants to revive the nuclear deal with world powers. He has also called for better relations with Saudi Arabia and other neighbors.""",
["Masoud Pezeshkian", "Saeed Jalili", "Ali Khamenei", "Ebrahim Raisi", "Shirin Rahimi"], ["Iran", "Saudi Arabia", "United Arab Emirates"])

art("canada-wildfires-jasper", "Wildfire tears through Jasper, destroying a third of the town",
"""EDMONTON, Alberta — A fast-moving wildfire ripped through the mountain town of Jasper overnight, destroying as many as a third of its buildings, officials said on Thursday, after 25,000 residents and visitors were evacuated from the national park.

Flames driven by strong winds reached the town on Wednesday evening. Alberta's premier, Danielle Smith, fought back tears as she described the destruction. "Jasper is a gem," she said. "We will rebuild."

Prime Minister Justin Trudeau said the federal government had approved a request for military assistance. Firefighters from Australia and South Africa were being deployed to help.

Mike Ellis, the province's public safety minister, said no deaths had been reported. Parks Canada said the fire had grown to 36,000 hectares.

Residents who fled to Grande Prairie and Edmonton waited anxiously for news of their homes. "We just don't know yet," said Priya Natarajan, who runs a bakery in the town.""",
["Danielle Smith", "Justin Trudeau", "Mike Ellis", "Priya Natarajan"], ["Canada", "Australia", "South Africa"])

art("ethiopia-somaliland-port", "Ethiopia's port deal with Somaliland angers Mogadishu",
"""ADDIS ABABA — Ethiopia signed a preliminary agreement with the breakaway region of Somaliland for access to the sea, a deal that Somalia's government denounced on Tuesday as "null and void" and an attack on its sovereignty.

Under the memorandum, Somaliland would lease 20 kilometers of coastline near the port of Berbera to Ethiopia for a naval base. In return, Prime Minister Abiy Ahmed's government would consider recognizing Somaliland as an independent state, said Muse Bihi Abdi, Somaliland's leader.

Somali President Hassan Sheikh Mohamud recalled his ambassador from Addis Ababa and signed a law nullifying the deal. Egypt, which is locked in a dispute with Ethiopia over a giant dam on the Nile, offered Mogadishu its support.

The African Union and the Arab League called for calm. Landlocked since Eritrea's independence in 1993, Ethiopia has relied on Djibouti for most of its trade.""",
["Abiy Ahmed", "Muse Bihi Abdi", "Hassan Sheikh Mohamud"], ["Ethiopia", "Somalia", "Egypt", "Eritrea", "Djibouti"])

art("vietnam-trong-funeral", "Vietnam bids farewell to party chief Nguyen Phu Trong",
"""HANOI — Thousands of mourners lined the streets of Hanoi on Friday as the funeral cortege of Nguyen Phu Trong, the Communist Party chief who led Vietnam for 13 years, passed through the capital.

Mr. Trong, 80, died last week after a long illness. He was the architect of a sweeping anti-corruption campaign, known as the "blazing furnace", which toppled two presidents and scores of senior officials.

President To Lam, who has taken over Mr. Trong's duties, led the state funeral at the National Funeral House. Foreign dignitaries included Laotian President Thongloun Sisoulith and Cambodia's Hun Sen, now president of the Senate.

Mr. Trong was buried at Mai Dich cemetery. In Ho Chi Minh City, people queued for hours to sign condolence books.

Analysts said Mr. Lam's elevation signaled continuity. "The security apparatus now has its man at the top," said Nguyen Khac Giang, a visiting fellow at the ISEAS–Yusof Ishak Institute in Singapore.""",
["Nguyen Phu Trong", "To Lam", "Thongloun Sisoulith", "Hun Sen", "Nguyen Khac Giang"], ["Vietnam", "Laos", "Cambodia", "Singapore"])

art("mexico-sheinbaum-judicial", "Sheinbaum backs judicial overhaul as markets wobble",
"""MEXICO CITY — Mexico's president-elect, Claudia Sheinbaum, said on Wednesday that she supported a plan to have judges elected by popular vote, the centerpiece of a constitutional overhaul that has rattled investors and drawn criticism from Washington.

The peso fell to its weakest level in more than a year after the ruling Morena party's lawmakers advanced the proposal in committee. Outgoing President Andrés Manuel López Obrador has argued that the courts are captured by elites.

"The people will decide," Ms. Sheinbaum told reporters in Monterrey. U.S. Ambassador Ken Salazar warned the plan could threaten "the historic trade relationship" between the two countries, prompting Mr. López Obrador to announce a "pause" in relations with the embassy.

Norma Piña, the chief justice of the Supreme Court, said the reform would undermine judicial independence. Federal court employees went on strike in Guadalajara and other cities.""",
["Claudia Sheinbaum", "Andrés Manuel López Obrador", "Ken Salazar", "Norma Piña"], ["Mexico", "United States"])

art("taiwan-lai-inauguration", "Lai Ching-te sworn in as Taiwan's president, urges Beijing to stop intimidation",
"""TAIPEI — Lai Ching-te was sworn in as Taiwan's president on Monday, calling on China to cease its military intimidation and pledging to maintain the status quo across the Taiwan Strait.

"I hope that China will face the reality of the Republic of China's existence," Mr. Lai said in his inaugural address outside the Presidential Office Building. He succeeds Tsai Ing-wen, who served two terms.

Beijing's Taiwan Affairs Office condemned the speech as a "confession of Taiwan independence". Three days later, the People's Liberation Army began large-scale drills around the island.

Delegations from 12 countries that recognize Taipei attended, along with a U.S. delegation led by former Secretary of State Mike Pompeo. Japan sent 30 lawmakers.

Hsiao Bi-khim, the new vice president and a former envoy to Washington, is under Chinese sanctions.""",
["Lai Ching-te", "Tsai Ing-wen", "Mike Pompeo", "Hsiao Bi-khim"], ["Taiwan", "China", "United States", "Japan"])

art("bangladesh-hasina-flees", "Bangladesh's Hasina flees as army takes charge",
"""DHAKA — Sheikh Hasina resigned as Bangladesh's prime minister on Monday and fled the country by helicopter as hundreds of thousands of protesters marched on her official residence, ending 15 years of increasingly authoritarian rule.

The army chief, Gen. Waker-uz-Zaman, said in a televised address that an interim government would be formed. Protesters stormed Ganabhaban, the prime minister's residence, and looted furniture and livestock.

Ms. Hasina landed at an air base near Delhi, Indian officials said. Her son, Sajeeb Wazed Joy, said she would not return to politics.

Student leaders asked Nobel laureate Muhammad Yunus to head the interim administration. Mr. Yunus, who was in Paris for medical treatment, said he was ready to serve.

More than 300 people were killed in weeks of unrest that began as protests against quotas for government jobs. Celebrations erupted in Chittagong and Sylhet.""",
["Sheikh Hasina", "Waker-uz-Zaman", "Sajeeb Wazed Joy", "Muhammad Yunus"], ["Bangladesh", "India", "France"])

art("eu-von-der-leyen-second-term", "Von der Leyen wins second term with Greens' help",
"""STRASBOURG — Ursula von der Leyen won a second five-year term as president of the European Commission on Thursday, securing 401 votes in the European Parliament after courting the Greens with promises to keep climate policy on track.

The vote was more comfortable than expected. Ms. von der Leyen had needed 360 votes. Italian Prime Minister Giorgia Meloni's Brothers of Italy party voted against her.

In her speech, the German politician promised a commissioner for defense and a "European shield" for air defense. Hungary's Viktor Orbán, whose country holds the rotating presidency of the Council, drew criticism after visiting Moscow and Beijing in what he called a peace mission.

Roberta Metsola of Malta was re-elected as president of the Parliament earlier in the week. Former Portuguese Prime Minister António Costa will chair summits of EU leaders, while Estonia's Kaja Kallas is to become foreign policy chief.""",
["Ursula von der Leyen", "Giorgia Meloni", "Viktor Orbán", "Roberta Metsola", "António Costa", "Kaja Kallas"], ["Germany", "Italy", "Hungary", "Russia", "China", "Malta", "Portugal", "Estonia"])

art("chile-wildfire-vina", "Chile wildfires kill more than 100 around Viña del Mar",
"""SANTIAGO, Chile — Wildfires tore through hillside neighborhoods around the coastal city of Viña del Mar, killing at least 112 people in Chile's deadliest disaster since the 2010 earthquake, officials said on Monday.

President Gabriel Boric declared two days of national mourning and said the death toll was likely to rise. "Chile is going through a tragedy," he said in Valparaíso region.

Firefighters struggled against strong winds and temperatures above 40 degrees. The Sausalito botanical garden, founded in 1931, was destroyed.

Rodrigo Mundaca, the regional governor, said some of the fires may have been set deliberately. Prosecutors opened an investigation.

Residents of the Villa Independencia neighborhood returned to find only ashes. "I have nothing left, not even a photo of my mother," said Marisol Contreras, 61.""",
["Gabriel Boric", "Rodrigo Mundaca", "Marisol Contreras"], ["Chile"])

art("analysis-gulf-diplomacy", "Analysis: Why Gulf states are hedging between Washington and Beijing",
"""When Saudi Arabia's crown prince, Mohammed bin Salman, hosted Xi Jinping in Riyadh, the pageantry was hard to miss. But the kingdom has also pressed the Biden administration for a defense treaty. The apparent contradiction is the point.

Across the Gulf, governments are hedging. The United Arab Emirates buys Chinese drones while hosting American troops at Al Dhafra air base. Qatar, home to the largest U.S. base in the region at Al Udeid, mediates with Hamas and the Taliban.

"The Gulf wants options, not alliances," said Dina Esfandiary, a Middle East adviser at the International Crisis Group. She noted that Beijing brokered the 2023 detente between Riyadh and Tehran.

Still, the security relationship with Washington remains central. When Houthi forces in Yemen began attacking ships in the Red Sea, it was the U.S. Navy, not China's, that responded.

Sheikh Tamim bin Hamad Al Thani, the emir of Qatar, has told visitors that the region cannot afford to choose sides. Mohammed bin Zayed of the Emirates is said to share that view.""",
["Mohammed bin Salman", "Xi Jinping", "Biden", "Dina Esfandiary", "Tamim bin Hamad Al Thani", "Mohammed bin Zayed"], ["Saudi Arabia", "China", "United States", "United Arab Emirates", "Qatar", "Iran", "Yemen"])

art("brief-tonga-eruption", "Brief: Tonga restores internet cable",
"""Tonga's undersea internet cable has been fully repaired, the Pacific nation's communications ministry said on Monday, more than a year after it was severed by a volcanic eruption near Nuku'alofa.

Tonga Cable chief executive Paula Piveni Piukala said the repair ship had completed work on the international link to Fiji. Residents had relied on satellite links in the meantime, some supplied by SpaceX's Starlink service.""",
["Paula Piveni Piukala"], ["Tonga", "Fiji"])

art("feature-kazakh-steppe", "Feature: On the Kazakh steppe, a race to save the saiga",
"""The saiga antelope, with its bulbous nose and wide-set eyes, looks like a creature out of a fairy tale. A decade ago, it was nearly wiped out. Now, in the grasslands west of Astana, the herds are back in the hundreds of thousands.

"We counted almost two million animals this spring," said Albert Salemgareyev, a biologist with the Association for the Conservation of Biodiversity of Kazakhstan, standing beside a battered jeep near the town of Arkalyk.

In 2015, a bacterial infection killed more than 200,000 saigas in a few weeks. Poachers, who sell the males' horns to traditional medicine markets in China, took many more.

The recovery has brought new problems. Farmers in the Uralsk region complain that saigas trample their wheat. Last year, the government in Astana authorized a cull, a decision that angered conservationists.

Aigerim Nurlanovna, who herds sheep with her father, is unbothered. "They were here before us," she said.""",
["Albert Salemgareyev", "Aigerim Nurlanovna"], ["Kazakhstan", "China"])

for slug, title, body, people, countries in A:
    with open(os.path.join(out, slug + ".md"), "w") as f:
        f.write("---\ntitle: " + json.dumps(title, ensure_ascii=False) + "\n---\n\n" + body + "\n")
    with open(os.path.join(out, slug + ".json"), "w") as f:
        json.dump({"people": people, "countries": countries}, f, ensure_ascii=False, indent=1)
        f.write("\n")
print(len(A), "dev articles")
