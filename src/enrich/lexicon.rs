//! Word lists the recognisers consult: honorifics, titles, organisation and geography
//! words, words that never belong to a name, given names and family-name-first surnames.
//! Compiled once into hash sets keyed by the word as written (case matters: "Party" is
//! an organisation word, "party" is not part of any name).

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// A fast non-cryptographic hasher for short words (FxHash's multiply-rotate).
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Whole 8-byte words at once, then the rest zero-padded: the same values as
        // assembling each chunk byte by byte (stories keep these hashes), at a fraction of
        // the cost (set look-ups were 15% of enrichment).
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.mix(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.mix(u64::from_le_bytes(word));
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.mix(u64::from(i));
    }
    fn write_usize(&mut self, i: usize) {
        self.write(&i.to_le_bytes());
    }
}

impl WordHasher {
    fn mix(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

/// Hash state for [`WordHasher`].
pub type WordState = BuildHasherDefault<WordHasher>;
/// A set of words.
pub type WordSet = HashSet<&'static str, WordState>;

fn set(words: &[&'static str]) -> WordSet {
    words.iter().copied().collect()
}

macro_rules! word_set {
    ($(#[$doc:meta])* $name:ident = [$($w:expr),* $(,)?]) => {
        $(#[$doc])*
        pub static $name: LazyLock<WordSet> = LazyLock::new(|| set(&[$($w),*]));
    };
}

word_set! {
    /// Courtesy and rank abbreviations written before a name ("Mr." is stored as "Mr.").
    HONORIFICS = [
        "Mr.", "Mrs.", "Ms.", "Mx.", "Dr.", "Prof.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.",
        "Col.", "Sgt.", "Capt.", "Cmdr.", "Adm.", "Maj.", "Rev.", "Fr.", "Amb.", "Atty.",
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Professor", "Doctor", "Sir", "Dame", "Lord", "Lady",
        "Reverend", "Revd", "Rev",
        "Sheikh", "Sheik", "Imam",
        "Rabbi", "Ayatollah", "Mullah", "Cardinal", "Archbishop", "Bishop", "Father", "Pastor",
        "Sister",
        "Madam", "Madame", "Monsieur", "Herr", "Frau", "Señor", "Senor", "Don", "Dona",
        "Lt.-Gen.", "Maj.-Gen.", "Brig.", "Brig.-Gen.", "Hon.", "Pres.", "Supt.", "Insp.",
        "Det.", "Cpl.", "Pvt.", "Sgt.-Maj.",
    ]
}

word_set! {
    /// Capitalised words of job titles that precede a name ("Prime Minister", "Defense Secretary").
    TITLES = [
        "President", "President-elect", "Vice", "Prime", "Minister", "Premier", "Chancellor",
        "Secretary", "Secretary-General", "Undersecretary", "Under", "Deputy", "Foreign",
        "Defense", "Defence", "Finance", "Interior", "Home", "Health", "Trade", "Commerce",
        "Treasury", "State", "Justice", "Attorney", "General", "Governor", "Senator",
        "Representative", "Congressman", "Congresswoman", "Assemblyman", "Assemblywoman",
        "Mayor", "Speaker", "Ambassador", "Envoy", "King", "Queen", "Prince", "Princess",
        "Crown", "Emperor", "Empress", "Pope", "Sultan", "Emir", "Chief", "Executive",
        "Chairman", "Chairwoman", "Chair", "Director", "Director-General", "Commissioner",
        "Judge", "Leader", "Opposition", "Field", "Marshal", "Admiral", "Colonel",
        "Lieutenant", "Major", "Captain", "Commander", "Sergeant", "Corporal", "Private",
        "Officer", "Inspector", "Detective", "Coach", "Manager", "Senior", "Acting",
        "Interim", "Former", "Supreme", "Grand", "Patriarch", "CEO", "Founder", "Co-founder",
        "Spokesman", "Spokeswoman", "Spokesperson", "Economy", "Energy", "Education",
        "Agriculture", "Labor", "Labour", "Transport", "Transportation", "Environment",
        "Culture", "Information", "Security", "National", "Adviser", "Advisor", "Special",
        "Counsel", "Assistant", "Associate", "Lawmaker", "Legislator", "Councillor",
        "Councilor", "Councilman", "Councilwoman", "Councilmember", "Council-member",
        "Alderman", "Alderwoman", "Alderperson", "Assemblymember", "Selectman", "Selectwoman",
        "Supervisor", "Magistrate", "Prosecutor", "Solicitor", "Administrator", "Treasurer",
        "Auditor", "Clerk", "Registrar", "Comptroller", "Coroner",
        "Sheriff", "Superintendent", "Constable", "Brigadier", "Air", "Vice-President",
        "Vice-Chancellor", "First", "Lady", "Gentleman", "Mr", "Commissar", "Chief-of-Staff",
        "Staff", "Whip", "Majority", "Minority", "House", "Senate", "Economic", "Development",
        "Digital", "Science", "Technology", "Infrastructure", "Housing", "Immigration",
        "Migration", "Water", "Resources", "Mines", "Petroleum", "Oil", "Fisheries",
        "Tourism", "Sports", "Youth", "Women", "Family", "Social", "Welfare", "Planning",
        "Budget", "Industry", "Investment", "Communications", "Public", "Works", "Veterans",
        "Affairs", "Homeland", "Intelligence", "Police", "Army", "Navy", "Military", "Naval",
        "Head", "Presidential", "Candidate", "Nominee", "Hereditary", "Retired", "Ret.",
        "Mr.", "Dr.", "Secretary-of-State", "Foreign-Minister", "Crown-Prince", "Regent",
        "Treasurer", "Commodore", "Managing", "Duke", "Duchess", "Earl", "Baron", "Baroness",
        "Count", "Countess", "Archduke", "Marquess", "Viscount", "Taoiseach", "Tánaiste",
        "Governor-General", "Lieutenant-Governor", "Mayor-elect", "Premier-elect",
        "Chancellor-elect", "Prime-Minister", "Ombudsman", "Comptroller", "Auditor",
        "Registrar", "Provost", "Dean", "Rector", "Principal", "Headteacher", "Surgeon",
        "Cabinet", "Parliamentary", "Permanent", "Representative-elect", "Deputy-Governor",
        "Minister-President", "Vice-Premier", "Vice-Chairman", "State-Councilor", "Councillor",
        // Plurals before a list of names: "Presidents Richard Nixon and Gerald Ford".
        "Presidents", "Ministers", "Senators", "Governors", "Mayors", "Representatives",
        "Judges", "Justices", "Sens.", "Reps.", "Govs.", "Drs.", "Profs.", "Generals",
        // Members of a service, before a name: "the former Marine Paul Whelan".
        "Ranger", "Trooper", "Airman", "Guardsman", "Sailor", "Soldier", "Seaman",
    ]
}

word_set! {
    /// Royal and religious titles kept as part of a one-word name ("Pope Francis", "King Charles").
    REGNAL_TITLES = [
        "King", "Queen", "Pope", "Prince", "Princess", "Emperor", "Empress", "Sultan", "Emir",
        "Sheikh", "Sheik",
    ]
}

word_set! {
    /// Lower-case role nouns that announce a name ("foreign minister Wang Yi").
    ROLE_CUES = [
        "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
        "leader", "chief", "official", "envoy", "ambassador", "governor", "senator",
        "lawmaker", "legislator", "mayor", "general", "commander", "director", "chairman",
        "chairwoman", "executive", "founder", "analyst", "economist", "professor",
        "researcher", "scientist", "author", "activist", "lawyer", "attorney", "judge",
        "prosecutor", "candidate", "nominee", "rival", "challenger", "opponent",
        "counterpart", "successor", "predecessor", "premier", "chancellor", "coach",
        "striker", "player", "star", "singer", "actor", "actress", "writer", "journalist",
        "reporter", "correspondent", "editor", "strategist", "adviser", "advisor", "aide",
        "deputy", "colleague", "husband", "wife", "son", "daughter", "father", "mother",
        "brother", "sister", "resident", "farmer", "student", "teacher", "doctor", "nurse",
        "survivor", "witness", "owner", "worker", "billionaire", "tycoon", "entrepreneur",
        "investor", "dissident", "cleric", "imam", "rabbi", "pastor", "priest", "bishop",
        "strongman", "dictator", "ruler", "monarch", "emir", "sultan", "sheikh", "governor",
        "speaker", "ceo", "boss", "head", "manager", "captain", "midfielder", "defender",
        "goalkeeper", "champion", "winner", "runner", "athlete", "cyclist", "swimmer",
        "sprinter", "gymnast", "chef", "artist", "designer", "photographer", "filmmaker",
        "novelist", "poet", "historian", "scholar", "expert", "diplomat", "negotiator",
        "mediator", "commissioner", "regulator", "banker", "trader", "secretary-general",
        "director-general", "vice-president", "chief-executive", "prime", "foreign",
        "colonel", "lieutenant", "sergeant", "soldier", "officer", "veteran", "mp",
        "councillor", "councilor", "mother-of-two", "father-of-three", "grandmother",
        "grandfather", "niece", "nephew", "cousin", "partner", "girlfriend", "boyfriend",
        "fiancé", "fiancée", "widow", "widower", "pilot", "driver", "miner", "fisherman",
        "vendor", "shopkeeper", "teenager", "retiree", "pensioner", "volunteer", "organizer",
        "organiser", "campaigner", "protester", "demonstrator", "ally", "loyalist",
        "confidant", "biographer", "spokesperson", "tsar", "czar", "magnate", "heir",
    ]
}

word_set! {
    /// Verbs that follow or precede a speaker's name ("said Mr. Wang", "Kommasith told").
    SPEECH_VERBS = [
        "said", "says", "told", "added", "wrote", "argued", "noted", "warned", "insisted",
        "explained", "asked", "replied", "announced", "tweeted", "posted", "stated",
        "acknowledged", "conceded", "recalled", "admitted", "declared", "urged", "vowed",
        "pledged", "claimed", "denied", "stressed", "suggested", "predicted", "cautioned",
        "complained", "remarked", "responded", "countered", "continued", "concluded",
        "promised", "testified", "confirmed", "believes", "thinks", "met", "visited",
    ]
}

word_set! {
    /// Words that make a capitalised phrase an organisation, event, law or thing, not a person.
    ORG_WORDS = [
        "Department", "Ministry", "Party", "Council", "Association", "Nations", "Union",
        "Committee", "Commission", "Agency", "Bank", "Fund", "Company", "Corporation", "Corp",
        "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "Plc", "LLC", "AG", "GmbH", "Co.", "Group",
        "Holdings", "Institute", "Foundation", "University", "College", "School", "Academy",
        "Court", "Tribunal", "Parliament", "Congress", "Assembly", "Office", "Bureau",
        "Service", "Services", "Forces", "Army", "Navy", "Guard", "Guards", "Police", "Front",
        "Movement", "Alliance", "League", "Federation", "Organization", "Organisation",
        "Society", "Club", "Times", "Post", "News", "Journal", "Herald", "Tribune", "Press",
        "Radio", "Television", "TV", "Network", "Airlines", "Airways", "Motors",
        "Government", "Administration", "Cabinet", "Board", "Authority", "Exchange", "Index",
        "Reserve", "Rally", "Coalition", "Bloc", "Brigade", "Brigades", "Battalion",
        "Regiment", "Command", "Corps", "Unit", "Hospital", "Church", "Mosque", "Temple",
        "Cathedral", "Museum", "Airport", "Station", "Stadium", "Palace", "Hall", "Square",
        "Street", "Avenue", "Road", "Bridge", "Park", "Tower", "Center", "Centre", "Summit",
        "Conference", "Forum", "Games", "Olympics", "Cup", "Championship", "Championships",
        "Festival", "Prize", "Award", "Awards", "Agreement", "Accord", "Accords", "Treaty",
        "Act", "Bill", "Law", "Plan", "Initiative", "Project", "Program", "Programme",
        "Strategy", "Doctrine", "War", "Revolution", "Uprising", "Crisis", "Day", "Week",
        "Era", "Market", "Markets", "Capital", "Partners", "Ventures", "Technologies",
        "Systems", "Labs", "Media", "Studios", "Pictures", "Records", "Entertainment",
        "Pharmaceuticals", "Therapeutics", "Trust", "Insurance", "Securities", "Investments",
        "Railways", "Railway", "Steel", "Petroleum", "Electric", "Telecom", "Software",
        "Industries", "Enterprises", "Brothers", "Sons", "Foods", "Energy", "Power",
        "Resources", "Mining", "Minerals", "Chemicals", "Automotive", "Aerospace", "Defense",
        "River", "Sea", "Ocean", "Gulf", "Bay", "Strait", "Straits", "Lake", "Mountain",
        "Mountains", "Mount", "Island", "Islands", "Peninsula", "Valley", "Desert",
        "Province", "County", "District", "Region", "Territory", "Territories", "Oblast",
        "Prefecture", "City", "Town", "Village", "Camp", "Port", "Canal", "Coast", "Basin",
        "Delta", "Plateau", "Highlands", "Heights", "Forest", "Reef", "Cape", "Harbour",
        "Harbor", "Pass", "Corridor", "Crossing", "Border", "Strip", "Zone", "Republic",
        "Kingdom", "Empire", "Dynasty", "State", "States", "Emirates", "Federation",
        "Council's", "Secretariat", "Directorate", "Inspectorate", "Observatory",
        "Laboratory", "Library", "Archives", "Embassy", "Consulate", "Mission", "Delegation",
        "Caucus", "Senate", "Chamber", "Duma", "Knesset", "Bundestag", "Diet", "Majlis",
        "Cortes", "Storting", "Riksdag", "Sejm", "Rada", "Lok", "Sabha", "Commons", "Lords",
        "Monitor", "Watch", "International", "Worldwide", "Global", "Trade", "Treasury",
        "Census", "Budget", "Report", "Survey", "Declaration", "Charter", "Convention",
        "Protocol", "Pact", "Deal", "Talks", "Dialogue", "Process", "Operation", "Mission",
        "Expo", "Fair", "Show", "Series", "Open", "Tour", "Marathon", "Grand", "Prix",
        "Derby", "Final", "Finals", "Election", "Elections", "Primary", "Referendum",
        "Round", "Trophy", "Memorial", "Classic", "Challenge", "Stakes", "Medal",
        "Invitational",
        "Ceremony", "Parade", "Scheme", "Fellowship", "Scholarship", "Lecture", "Hotel",
        "Restaurant", "Cafe", "Mall", "Plaza", "Arena", "Theatre", "Theater", "Gallery",
        "Zoo", "Gardens", "Farm", "Plant", "Factory", "Mill", "Mine", "Field", "Fields",
        "Base", "Barracks", "Prison", "Jail", "Detention", "Academy's", "Chronicle",
        "Gazette", "Daily", "Weekly", "Magazine", "Review", "Economist", "Guardian",
        "Telegraph", "Independent", "Observer", "Mail", "Express", "Mirror", "Sun",
        "Standard", "Courier", "Reuters", "Bloomberg", "Associated", "Agence", "Xinhua",
        "Tass", "Interfax", "Yonhap", "Kyodo", "Bernama", "Antara", "Anadolu", "Wire",
        "Online", "Digital", "Mobile", "Apps", "Platform", "Platforms", "Cloud", "Solutions",
        "Consulting", "Circuit", "House", "System", "Garden", "Framework", "Mechanism",
        "Facility", "Compact", "Partnership", "Agenda", "Path", "Way", "Trail", "Line", "Shoal", "Shoals", "Atoll",
        "Cay", "Lagoon", "Spa", "Resort", "Beach", "Falls", "Glacier", "Volcano", "Canyon",
        "Capital's", "Fund's", "Reserve's", "Ministry's", "Department's", "Branch", "Division",
    ]
}

word_set! {
    /// Capitalised words that never belong to a person's name.
    NOT_NAME = [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.",
        "Sep.", "Oct.", "Nov.", "Dec.", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "Sunday", "Christmas", "Easter", "Ramadan", "Eid", "Hanukkah",
        // Bylines and author boxes: "Sports Business Analyst, Author."
        "Author", "Authors", "Editor", "Contributor", "Columnist",
        "Diwali", "Passover", "Lent", "God", "Allah", "Covid", "Covid-19", "COVID-19",
        "Brexit", "Internet", "Olympic", "Paralympic", "Paralympics", "World", "Heritage",
        "Windows", "Nobel", "Oscar", "Oscars", "Grammy", "Emmy", "Super", "Bowl", "Big",
        "Tech", "Wall", "Silicon", "Hollywood", "Bollywood", "Democrats", "Republicans",
        "Democratic", "Republican", "Conservative", "Conservatives", "Labour", "Liberal",
        "Liberals", "Tories", "Tory", "Socialist", "Socialists", "Communist", "Communists",
        "Greens", "Islamic", "Islamist", "Islamists", "Jihad", "Muslim", "Muslims",
        "Christian", "Christians", "Jewish", "Jews", "Catholic", "Catholics", "Orthodox",
        "Protestant", "Sunni", "Sunnis", "Shia", "Shiite", "Shiites", "Hindu", "Hindus",
        "Buddhist", "Buddhists", "Sikh", "Sikhs", "Arab", "Arabs", "Kurdish", "Kurds",
        "Latino", "Latinos", "Hispanic", "Indigenous", "Aboriginal", "Black", "White",
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
        "Central", "Upper", "Lower", "Greater", "New", "Old", "Federal", "Royal",
        "Imperial", "United", "People's", "Popular", "Revolutionary", "Liberation",
        "Independence", "Freedom", "Justice", "Development", "Progress", "Renewal",
        "Solidarity", "Unity", "Hope", "Forward", "Reform", "Together", "Coast", "Marines",
        "Marine", "Special", "Operation", "Task", "Storm", "Hurricane", "Typhoon", "Cyclone",
        "Tropical", "Climate", "Change", "Fifth", "Fourth", "Sixth", "Seventh", "Eighth",
        "Ninth", "Tenth", "Eleventh", "Twelfth", "Niño", "Nino", "Niña", "Nina", "Artificial", "Intelligence", "AI", "Web",
        "Bitcoin", "Ethereum", "Euro", "Dollar", "Yuan", "Yen", "Rupee", "Ruble", "Rouble",
        "Peso", "Real", "Reais", "Pound", "Sterling", "Stock", "Dow", "Jones's", "Nasdaq",
        "Nikkei", "Hang", "Seng", "Sensex", "Kospi", "FTSE", "Copernicus", "Starlink",
        "Hamas", "Hezbollah", "Houthi", "Houthis", "Taliban", "Qaeda", "Shabab", "Wagner",
        "Boko", "Haram", "Kremlin", "Pentagon", "Vatican", "Politburo", "Central",
        "Cold", "Civil", "Great", "Depression", "Holocaust", "Genocide", "Ceasefire",
        "Cease-fire", "Armistice", "Lunar", "Year", "Spring", "Summer", "Autumn", "Fall",
        "Winter", "Gen", "Millennials", "Boomers", "Baby", "Generation", "English",
        "French", "Spanish", "Arabic", "Mandarin", "Cantonese", "Hindi", "Urdu", "Persian",
        "Farsi", "Swahili", "Latin", "Greek", "Hebrew", "Yiddish", "Portuguese", "Russian",
        "Chinese", "Japanese", "Korean", "German", "Italian", "Dutch", "Turkish", "Thai",
        "Vietnamese", "Indonesian", "Malay", "Tagalog", "Bengali", "Punjabi", "Tamil",
        "Telugu", "Pashto", "Dari", "Amharic", "Somali", "Hausa", "Yoruba", "Igbo", "Zulu",
        "Xhosa", "Afrikaans", "Ukrainian", "Polish", "Czech", "Romanian", "Hungarian",
        "Serbian", "Croatian", "Bulgarian", "Swedish", "Norwegian", "Danish", "Finnish",
        "Icelandic", "Irish", "Welsh", "Scottish", "Gaelic", "Basque", "Catalan",
        "Galician", "European", "African", "Asian", "American", "Americans", "Europeans",
        "Africans", "Asians", "Western", "Westerners", "Soviet", "Soviets", "Nazi", "Nazis",
        "Ottoman", "Byzantine", "Roman", "Romans", "Mongol", "Mughal", "Confederate",
        "Union", "Allied", "Allies", "Axis", "Gulf", "Middle", "Far", "Near", "Pacific",
        "Atlantic", "Indian", "Arctic", "Antarctic", "Mediterranean", "Baltic", "Nordic",
        "Scandinavian", "Slavic", "Anglo", "Anglo-Saxon", "Francophone", "Lusophone",
        "Celsius", "Fahrenheit", "C", "F", "Kelvin", "Earth", "Moon", "Mars", "Sun", "Venus",
        "Jupiter", "Saturn", "Milky", "Way", "Apollo", "Artemis", "Gemini", "Mercury",
        "Bible", "Koran", "Quran", "Torah", "Gospel", "Psalm", "Genesis", "Exodus",
        "Constitution", "Amendment", "Article", "Section", "Chapter", "Clause", "Annex",
        "Appendix", "Figure", "Table", "Page", "Volume", "Edition", "Episode", "Season",
        "Part", "Phase", "Stage", "Level", "Grade", "Class", "Type", "Model", "Version",
        "Series", "No.", "Number", "iPhone", "iPad", "Android", "Google", "Apple",
        "Microsoft", "Amazon", "Meta", "Facebook", "Instagram", "WhatsApp", "TikTok",
        "Twitter", "X", "YouTube", "Telegram", "Signal", "Netflix", "Spotify", "Uber",
        "Tesla", "SpaceX", "OpenAI", "ChatGPT", "Nvidia", "Intel", "Samsung", "Huawei",
        "Alibaba", "Tencent", "Baidu", "ByteDance", "Xiaomi", "Sony", "Toyota", "Honda",
        "Nissan", "Hyundai", "Volkswagen", "BMW", "Mercedes", "Mercedes-Benz", "Boeing",
        "Airbus", "Lockheed", "Raytheon", "Pfizer", "Moderna", "AstraZeneca", "BioNTech",
        "CrowdStrike", "Visa", "Mastercard", "PayPal", "Goldman", "Sachs", "Morgan",
        "Stanley", "JPMorgan", "Citigroup", "Barclays", "HSBC", "UBS", "BlackRock",
        "Vanguard", "Aramco", "Gazprom", "Rosneft", "Sinopec", "PetroChina", "Shell", "BP",
        "Exxon", "ExxonMobil", "Chevron", "TotalEnergies", "Glencore", "Rio", "Tinto",
        "Walmart", "Disney", "Warner", "Paramount", "Pixar", "Lego", "Ikea", "Nestle",
        "Unilever", "Coca-Cola", "Pepsi", "PepsiCo", "McDonald's", "Starbucks", "Nike",
        "Adidas", "Zara", "Louis", "Vuitton", "Gucci", "Prada", "Chanel", "Rolex",
        "Ferrari", "Porsche", "Lamborghini", "Maserati", "Fiat", "Renault", "Peugeot",
        "Citroen", "Volvo", "Ericsson", "Nokia", "Siemens", "Bosch", "Bayer", "BASF",
        "SAP", "Novartis", "Roche", "Philips", "Heineken", "Carlsberg", "Tata", "Reliance",
        "Infosys", "Wipro", "Adani", "Mahindra", "Bajaj", "Foxconn", "TSMC", "Lenovo",
        "Haier", "BYD", "Geely", "Grab", "Gojek", "Jollibee", "Emirates", "Etihad",
        "Lufthansa", "Ryanair", "EasyJet", "Qantas", "Delta", "Southwest", "Expedia",
        "Airbnb", "Booking", "Zoom", "Slack", "Oracle", "IBM", "Cisco", "Dell", "HP",
        "Qualcomm", "Broadcom", "AMD", "Arm", "Anthropic", "DeepMind", "Mistral",
        "Unesco", "UNESCO", "Unicef", "UNICEF", "Interpol", "Europol", "Frontex", "Nato",
        "NATO", "Asean", "ASEAN", "Opec", "OPEC", "Brics", "BRICS", "Mercosur", "Ecowas",
        "ECOWAS", "Fifa", "FIFA", "Uefa", "UEFA", "IOC", "WHO", "IMF", "WTO", "ICC", "ICJ",
        "UN", "EU", "AU", "G7", "G20", "Quad", "Aukus", "AUKUS", "Red", "Cross", "Crescent",
        "Doctors", "Without", "Borders", "Amnesty", "Oxfam", "Greenpeace", "Human",
        "Rights", "Save", "Children", "Caritas", "Mossad", "Shin", "Bet", "CIA", "FBI",
        "NSA", "KGB", "FSB", "GRU", "MI5", "MI6", "SAS", "Navy", "SEAL", "SEALs", "IDF",
        "Hamas's", "Hezbollah's", "Kremlin's", "Pentagon's", "Tatmadaw", "Junta",
        "Association", "Southeast", "Northeast", "Northwest", "Southwest", "Midwest",
        "Sahel", "Maghreb", "Levant", "Balkans", "Caucasus", "Himalayas", "Alps", "Andes",
        "Sahara", "Amazonia", "Siberia", "Patagonia", "Arabia", "Asia", "Europe", "Africa",
        "America", "Oceania", "Eurasia", "Indo-Pacific", "Asia-Pacific", "Transatlantic",
        "Trans-Pacific", "Pan-African", "Pan-American", "Belt", "Road", "Silk", "Route",
        "Iron", "Dome", "Curtain", "Wall", "Gate", "Watergate", "Partygate", "Stasi",
        "Gestapo", "Khmer", "Rouge", "Viet", "Cong", "Mujahideen", "Intifada", "Nakba",
        "Shoah", "Kristallnacht", "D-Day", "V-Day", "Mayday", "SOS", "OK", "TV", "CEO",
        "CFO", "COO", "CTO", "GDP", "GNP", "CPI", "PMI", "IPO", "ETF", "ESG", "LGBT",
        "LGBTQ", "NGO", "NGOs", "UAV", "UAVs", "ICBM", "HIMARS", "ATACMS", "F-16", "F-35",
        "Patriot", "Javelin", "Stinger", "Leopard", "Abrams", "Challenger", "Bradley",
        "Storm", "Shadow", "Taurus", "Kinzhal", "Iskander", "Shahed", "Lancet", "Pantsir",
        "Kalibr", "Tomahawk", "Hellfire", "Reaper", "Predator", "Global", "Hawk", "Osprey",
        "Black", "Hawk", "Apache", "Chinook", "Harrier", "Typhoon", "Rafale", "Gripen",
        "Sukhoi", "MiG", "Tupolev", "Ilyushin", "Antonov", "Kamov", "Mil", "Janata", "Dal",
        "Bharatiya", "Samajwadi", "Trinamool", "Shiv", "Sena", "Aam", "Aadmi", "Akali",
        "Desam", "Morena", "Likud", "Fatah", "Fidesz", "Podemos", "Syriza", "Sinn", "Féin",
        "Fein", "Fianna", "Fáil", "Fail", "Fine", "Gael", "Kuomintang", "KMT", "Awami",
        "Tehreek-e-Insaf", "Peronist", "Peronists", "Chavista", "Chavistas", "Sandinista",
        "Sandinistas", "Bolshevik", "Bolsheviks", "Zionist", "Maoist", "Maoists", "Marxist",
        "Leninist", "Jacobin", "Gaullist", "Thatcherite", "Reaganite", "Trumpist", "MAGA",
    ]
}

word_set! {
    /// Capitalised function and common words that start sentences; never a name's first word.
    STOP_CAPS = [
        "The", "A", "An", "In", "On", "At", "For", "From", "By", "With", "As", "But", "And",
        "Or", "Nor", "Yet", "So", "If", "When", "While", "After", "Before", "Since", "Until",
        "During", "Despite", "Although", "Though", "Because", "Unlike", "Like", "Among",
        "Amid", "Across", "Under", "Over", "Between", "Through", "Throughout", "Without",
        "Within", "Into", "Onto", "Upon", "About", "Above", "Below", "Beyond", "Against",
        "Toward", "Towards", "Following", "According", "Including", "Asked", "Speaking",
        "Writing", "It", "Its", "He", "His", "Him", "She", "Her", "They", "Their", "Them",
        "We", "Our", "Us", "I", "Me", "My", "You", "Your", "This", "That", "These", "Those",
        "There", "Here", "What", "Which", "Who", "Whom", "Whose", "Where", "Why", "How",
        "Some", "Many", "Most", "Much", "More", "Few", "Several", "All", "Both", "Each",
        "Every", "Any", "No", "None", "Not", "Only", "Even", "Also", "Still", "Just",
        "Already", "Now", "Then", "Today", "Yesterday", "Tomorrow", "Tonight", "Last",
        "Next", "Second", "Third", "Later", "Earlier", "Meanwhile", "However", "Moreover",
        "Furthermore", "Instead", "Indeed", "Once", "Such", "Other", "Another", "Neither",
        "Either", "Dear", "Yes", "Oh", "Please", "Thank", "Thanks", "Officials", "Critics",
        "Analysts", "Experts", "Residents", "Witnesses", "Protesters", "Investors",
        "Voters", "Lawmakers", "Authorities", "Troops", "Soldiers", "Rebels", "Militants",
        "Workers", "People", "Supporters", "Opponents", "Leaders", "Scientists", "Doctors",
        "Researchers", "Economists", "Diplomats", "Ministers", "Prosecutors", "Journalists",
        "Reporters", "Students", "Farmers", "Women", "Men", "Children", "Families",
        "Shares", "Prices", "Stocks", "Rain", "Fire", "Flights", "Data", "Figures", "Sales",
        "Exports", "Imports", "Inflation", "Growth", "Unemployment", "Turnout", "Voting",
        "Negotiations", "Fighting", "Violence", "Protests", "Clashes", "Attacks", "Strikes",
        "Shelling", "Sanctions", "Aid", "Funding", "Tariffs", "Told", "Said", "Says",
        "Addressing", "Describing", "Calling", "Noting", "Citing", "Separately",
        "Elsewhere", "Overall", "Ahead", "Local", "Top", "Current", "Young", "Small", "Key",
        "Main", "Was", "Were", "Is", "Are", "Be", "Been", "Being", "Has", "Have", "Had",
        "Do", "Does", "Did", "Will", "Would", "Can", "Could", "Should", "Shall", "May",
        "Might", "Must", "Let", "Get", "Got", "Make", "Made", "Take", "Took", "See", "Saw",
        "Look", "Come", "Came", "Go", "Went", "Gone", "Give", "Gave", "Keep", "Kept",
        "Put", "Set", "Run", "Ran", "Hold", "Held", "Bring", "Brought", "Begin", "Began",
        "Ever", "Never", "Always", "Often", "Sometimes", "Usually", "Perhaps", "Maybe",
        "Almost", "Nearly", "About", "Around", "Roughly", "Approximately", "Exactly",
        "Nothing", "Something", "Everything", "Anything", "Everyone", "Someone", "Anyone",
        "Nobody", "Somebody", "Everybody", "Whether", "Unless", "Whereas", "Wherever",
        "Whatever", "Whoever", "Whenever", "However", "Thus", "Hence", "Therefore",
        "Accordingly", "Consequently", "Nevertheless", "Nonetheless", "Otherwise",
        "Besides", "Additionally", "Similarly", "Likewise", "Finally", "Lastly", "Firstly",
        "Secondly", "Initially", "Eventually", "Ultimately", "Recently", "Currently",
        "Previously", "Formerly", "Subsequently", "Immediately", "Suddenly", "Quickly",
        "Slowly", "Clearly", "Obviously", "Apparently", "Reportedly", "Allegedly",
        "Officially", "Publicly", "Privately", "Personally", "Politically", "Economically",
        "Historically", "Traditionally", "Technically", "Legally", "Notably",
        "Importantly", "Interestingly", "Surprisingly", "Unfortunately", "Fortunately",
        "Sadly", "Happily", "Hopefully", "Frankly", "Honestly", "Seriously", "Well",
        "Why", "Sure", "Certainly", "Definitely", "Absolutely", "Really", "Very", "Too",
        "Quite", "Rather", "Pretty", "Enough", "Less", "Least", "Best", "Worst", "Better",
        "Worse", "Good", "Bad", "Great", "High", "Low", "Long", "Short", "Early", "Late",
        "Full", "Half", "Whole", "Entire", "Total", "Same", "Different", "Similar", "Own",
        "Real", "True", "False", "Right", "Wrong", "Left", "Free", "Open", "Closed",
        "Public", "Private", "Official", "Unofficial", "Hundreds", "Thousands", "Millions",
        "Billions", "Dozens", "Scores", "Tens", "One", "Two", "Three", "Four", "Five", "Six",
        "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Twenty", "Hundred",
        "Thousand", "Million", "Billion", "Trillion", "Half", "Quarter", "Percent",
        "Photo", "Photograph", "Video", "Image", "Caption", "Credit", "Source", "Sources",
        "Update", "Updated", "Editor's", "Note", "Correction", "Read", "Watch", "Listen",
        "Subscribe", "Sign", "Share", "Follow", "Click", "Advertisement", "Related",
        "Story", "Stories", "Breaking", "Exclusive", "Analysis", "Opinion", "Comment",
        "Interview", "Explainer", "Live", "Latest", "More", "Topics", "Tags", "Filed",
        "Posted", "Published", "Reporting", "Additional", "Editing", "Compiled",
        "Contributed", "Contributing", "Written", "Produced", "Translated", "Mrs", "Ms",
        "Mr", "Under", "Upon", "Per", "Via", "Vs", "Versus", "Amid", "Ago", "Away",
        "Back", "Down", "Up", "Out", "Off", "Again", "Further", "Far", "Near", "Soon",
        "Yet", "Already", "Even", "Ever", "Still", "Lately", "Shortly", "Briefly",
        "Asked", "Told", "Unlike", "Like", "Given", "Considering", "Regarding",
        "Concerning", "Excluding", "Except", "Barring", "Pending", "Plus", "Minus",
        "Whether", "Such", "Speaking", "Responding", "Reacting", "Commenting", "Writing",
        "Arriving", "Leaving", "Returning", "Visiting", "Meeting", "Standing", "Sitting",
        "Walking", "Driving", "Flying", "Hoping", "Fearing", "Seeking", "Trying",
        "Facing", "Having", "Being", "Doing", "Making", "Taking", "Getting", "Going",
        "Coming", "Seeing", "Looking", "Using", "Working", "Living", "Dying", "Killing",
        "Fighting", "Winning", "Losing", "Playing", "Paying", "Buying", "Selling",
        "Spending", "Saving", "Raising", "Cutting", "Rising", "Falling", "Growing",
        "Building", "Opening", "Closing", "Starting", "Ending", "Joining", "Leading",
        "Following", "Ahead", "Behind", "Beneath", "Beside", "Inside", "Outside",
        "Wednesday's", "Thursday's", "Friday's", "Monday's", "Tuesday's", "Saturday's",
        "Sunday's", "Residents", "Villagers", "Locals", "Citizens", "Tourists", "Visitors",
        "Passengers", "Fans", "Viewers", "Readers", "Listeners", "Customers", "Consumers",
        "Users", "Employees", "Staff", "Teachers", "Nurses", "Pilots", "Drivers", "Police",
        "Firefighters", "Rescuers", "Medics", "Survivors", "Victims", "Hostages",
        "Prisoners", "Detainees", "Refugees", "Migrants", "Asylum", "Settlers", "Israelis",
        "Palestinians", "Ukrainians", "Russians", "Iranians", "Afghans", "Syrians",
        "Sudanese", "Rohingya", "Uyghurs", "Uighurs", "Tibetans", "Kashmiris",
    ]
}

word_set! {
    /// Lower-case words after a capitalised phrase that make it a place or organisation.
    PLACE_NOUNS = [
        "strait", "river", "sea", "island", "islands", "province", "region", "district",
        "county", "city", "town", "village", "camp", "border", "crossing", "airport",
        "port", "valley", "mountains", "peninsula", "gulf", "bay", "lake", "desert",
        "strip", "corridor", "highway", "street", "square", "neighborhood",
        "neighbourhood", "oblast", "state", "states", "provinces", "regions", "districts",
        "counties", "governorate", "prefecture", "mines", "mine",
        "field", "fields", "base", "company", "group", "party", "movement", "militia",
        "militias", "government", "administration", "index", "agency", "ministry",
        "summit", "region's", "area", "areas", "suburb", "suburbs", "municipality",
        "township", "quarter", "hills", "plain", "plains", "coast", "shore", "canal",
        "dam", "plant", "refinery", "pipeline", "basin", "delta", "archipelago", "atoll",
        "reef", "channel", "waters", "islet", "islets", "capital", "metropolitan",
        "countryside", "heartland", "enclave", "exclave", "territory", "territories",
        "rebels", "fighters", "forces", "troops", "army", "brigade", "faction", "clan",
        "tribe", "dynasty", "regime", "junta", "authorities", "officials", "police",
        "prosecutors", "court", "courts", "parliament", "legislature", "council",
        "university", "school", "hospital", "stadium", "festival", "games", "cup",
        "league", "season", "series", "prize", "award", "awards", "accords", "agreement",
        "deal", "talks", "conference", "forum", "mission", "operation", "offensive",
        "campaign", "war", "conflict", "crisis", "scandal", "affair", "era", "period",
        "model", "system", "network", "platform", "app", "brand", "chain", "franchise",
        "label", "studio", "studios", "stock", "shares", "bonds", "exchange", "market",
        "markets", "economy", "economies", "currency", "budget", "fund", "bank", "banks",
        "carrier", "airline", "airlines", "fleet", "vessel", "vessels", "ship", "ships",
        "tanker", "tankers", "satellite", "rocket", "missile", "missiles", "drone",
        "drones", "tank", "tanks", "jets", "fighter", "bomber", "helicopter", "helicopters",
        "vaccine", "virus", "variant", "disease", "outbreak", "storm", "hurricane",
        "typhoon", "cyclone", "earthquake", "quake", "fire", "wildfire", "wildfires",
        "flood", "floods", "eruption", "volcano", "glacier", "law", "act", "bill",
        "treaty", "plan", "program", "programme", "initiative", "project", "strategy",
        "doctrine", "policy", "policies", "reforms", "reform", "protests", "protesters",
        "uprising", "revolution", "election", "elections", "vote", "referendum", "primary",
        "primaries", "caucus", "caucuses", "convention", "rally", "speech", "debate",
        "family", "families", "dynasty's", "supporters", "loyalists", "era's",
    ]
}

word_set! {
    /// Lower-case nouns that introduce the name of an organisation, work or thing
    /// ("the Islamist group Hayat Tahrir al-Sham", "the novel Orbital").
    ORG_NOUNS = [
        "group", "groups", "party", "militia", "movement", "company", "firm", "organization",
        "organisation", "agency", "newspaper", "magazine", "band", "network", "coalition",
        "alliance", "faction", "bank", "brand", "channel", "outlet", "broadcaster", "website",
        "app", "platform", "airline", "carrier", "startup", "charity", "club", "team",
        "league", "publisher", "studio", "label", "ministry", "department", "committee",
        "council", "union", "institute", "university", "school", "hospital", "operation",
        "programme", "program", "project", "fund", "exchange", "index", "ship", "vessel",
        "tanker", "frigate", "destroyer", "jet", "aircraft", "drone", "missile", "satellite",
        "rocket", "probe", "capsule", "novel", "book", "film", "movie", "album", "song",
        "series", "show", "documentary", "play", "opera", "painting", "hurricane", "storm",
        "typhoon", "cyclone", "virus", "variant", "law", "bill", "act", "treaty", "accord",
        "agreement", "plan", "strategy", "doctrine", "framework", "mechanism", "scheme",
        "initiative", "conglomerate", "developer", "insurer", "lender", "retailer",
        "maker", "manufacturer", "automaker", "carmaker", "chipmaker", "giant", "rebels",
        "insurgents", "jihadists", "outfit", "syndicate", "cartel", "gang", "sect",
        "denomination", "tribe", "clan", "dynasty", "regime", "junta", "bloc", "caucus",
        "platform", "chatbot", "model", "software", "system", "device", "phone", "vaccine",
        "drug", "treatment", "pill", "festival", "tournament", "race", "prize", "award",
        "exhibition", "museum", "gallery", "hotel", "restaurant", "brewery", "winery",
    ]
}

word_set! {
    /// Prepositions that put a following capitalised phrase in a place reading ("in Khan Younis").
    PLACE_PREPOSITIONS = [
        "in", "near", "outside", "across", "into", "toward", "towards", "via", "throughout",
        "around", "from", "to", "at", "inside", "beyond", "through", "along",
    ]
}

word_set! {
    /// Particles inside names: "Mohammed bin Salman", "Ursula von der Leyen", "Lula da Silva".
    PARTICLES = [
        "bin", "bint", "ibn", "al", "el", "van", "von", "der", "den", "de", "da", "das",
        "dos", "do", "du", "di", "del", "della", "degli", "la", "le", "te", "ten", "ter", "zu", "y", "e",
        "ben", "abu", "ap", "mac", "af", "op", "'t",
    ]
}

word_set! {
    /// Name suffixes: generational and regnal numerals.
    SUFFIXES = [
        "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "XI", "XII",
        "XIII", "XIV", "XV", "XVI", "Snr", "Jnr",
    ]
}

word_set! {
    /// Family names written first, so "Mr. Wang" is Wang Yi and "Mr. Kim" is Kim Jong Un.
    FAMILY_FIRST = [
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu",
        "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie",
        "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong",
        "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding",
        "Ren", "Shen", "Yao", "Cui", "Zhong", "Tan", "Fan", "Jin", "Shi", "Liao", "Jia",
        "Xia", "Fu", "Fang", "Bai", "Zou", "Meng", "Xiong", "Qin", "Qiu", "Hou", "Yin",
        "Xue", "Yan", "Duan", "Lei", "Long", "Tao", "Mao", "Hao", "Gu", "Gong", "Shao",
        "Wan", "Qian", "Kong", "Xi", "Bo", "Wen", "Hua", "Ji", "Lai", "Ko", "Tsai", "Lee",
        "Kim", "Park", "Choi", "Jung", "Jeong", "Kang", "Cho", "Yoon", "Jang", "Lim", "Oh",
        "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Yoo", "Hong", "Moon", "Son", "Bae", "Baek",
        "Chung", "Noh", "Roh", "Ri", "Choe", "Pak", "Hun", "Sam", "Kwak", "Ryu", "Jeon", "Heo",
        "Nam", "Byun", "Yeom", "Chae", "Seok", "Ham", "Gil", "Koo", "Ku", "Hyun", "Sung", "Cha", "Nguyen", "Tran", "Le",
        "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Do", "Ho", "Ngo",
        "Duong", "Ly", "To", "Kishida", "Abe", "Ishiba", "Orban", "Orbán", "Mak", "Tam",
        "Leung", "Wong", "Chan", "Lam", "Yip", "Tsang", "Ng", "Lo", "Lau", "Cheung", "Kwok",
    ]
}

word_set! {
    /// Common given names across cultures; a phrase starting with one is a person.
    GIVEN_NAMES = [
        // English and European
        "Aaron", "Adam", "Adrian", "Alan", "Albert", "Alex", "Alexander", "Alexandra",
        "Alexis", "Alice", "Alicia", "Alison", "Amanda", "Amy", "Andrea", "Andrew", "Andy",
        "Angela", "Ann", "Anna", "Anne", "Anthony", "Antony", "Antonio", "Arthur", "Ashley",
        "Barbara", "Barry", "Ben", "Benjamin", "Bernard", "Bernie", "Beth", "Betty", "Bill",
        "Bob", "Bobby", "Boris", "Brad", "Brian", "Bruce", "Bruno", "Carl", "Carlos",
        "Carol", "Caroline", "Catherine", "Charles", "Charlie", "Charlotte", "Chris",
        "Christian", "Christina", "Christine", "Christopher", "Claire", "Claudia", "Colin",
        "Craig", "Dan", "Daniel", "Daniela", "Danny", "David", "Dean", "Deborah", "Dennis",
        "Diana", "Diane", "Dominic", "Donald", "Donna", "Doug", "Douglas", "Ed", "Eddie",
        "Edward", "Elena", "Elizabeth", "Ellen", "Emily", "Emma", "Emmanuel", "Eric", "Erik",
        "Eva", "Frank", "Fred", "Gabriel", "Gary", "George", "Georgia", "Gerald", "Grace",
        "Greg", "Gregory", "Hannah", "Harold", "Harry", "Heather", "Helen", "Henry", "Ian",
        "Isabel", "Jack", "Jacob", "Jake", "James", "Jamie", "Jane", "Janet", "Jason", "Jean",
        "Jeff", "Jeffrey", "Jennifer", "Jeremy", "Jerome", "Jerry", "Jessica", "Jill", "Jim",
        "Jimmy", "Joan", "Joanna", "Joe", "John", "Johnny", "Jon", "Jonathan", "Jordan",
        "Joseph", "Josh", "Joshua", "Joyce", "Judith", "Judy", "Julia", "Julian", "Julie",
        "Justin", "Karen", "Kate", "Katherine", "Kathleen", "Kathryn", "Keith", "Kelly",
        "Ken", "Kenneth", "Kevin", "Kim", "Kyle", "Larry", "Laura", "Lauren", "Lawrence",
        "Leo", "Leon", "Linda", "Lisa", "Liz", "Lloyd", "Louis", "Louise", "Lucy", "Luke",
        "Margaret", "Maria", "Marie", "Marine", "Mark", "Martin", "Mary", "Matt", "Matthew",
        "Maurice", "Megan", "Melissa", "Michael", "Michelle", "Mike", "Nancy", "Natalie",
        "Nathan", "Neil", "Nicholas", "Nick", "Nicola", "Nicole", "Nigel", "Oliver", "Olivia",
        "Pam", "Pamela", "Patricia", "Patrick", "Paul", "Paula", "Peter", "Philip",
        "Phillip", "Rachel", "Ralph", "Randy", "Ray", "Raymond", "Rebecca", "Richard",
        "Rick", "Rishi", "Rob", "Robert", "Robin", "Roger", "Ron", "Ronald", "Rose", "Roy",
        "Russell", "Ruth", "Ryan", "Sally", "Sam", "Samantha", "Samuel", "Sandra", "Sara",
        "Sarah", "Scott", "Sean", "Sharon", "Shirley", "Simon", "Simone", "Sophie",
        "Stephanie", "Stephen", "Steve", "Steven", "Stuart", "Susan", "Suzanne", "Teresa",
        "Terry", "Theresa", "Thomas", "Tim", "Timothy", "Tina", "Todd", "Tom", "Tony",
        "Tracy", "Victoria", "Vincent", "Virginia", "Walter", "Wayne", "William", "Willie",
        "Yvonne", "Zoe", "Keir", "Rachel", "Angela", "Kamala", "Hillary", "Mitch", "Chuck",
        "Nikki", "Ron", "Marco", "Ted", "Rand", "Gavin", "Gretchen", "Josh", "Kathy",
        "Kristi", "Elise", "Liz", "Mitt", "Merrick", "Janet", "Gina", "Pete", "Jared",
        "Ivanka", "Melania", "Hunter", "Jill", "Tulsi", "Vivek", "Kash", "Pam", "Marjorie",
        "Lindsey", "Elon", "Jeff", "Warren", "Sundar", "Satya", "Tim", "Sam", "Jensen",
        "Mark", "Sheryl", "Jerome", "Christine", "Ursula", "Olaf", "Friedrich", "Annalena",
        "Robert", "Markus", "Emmanuel", "Gabriel", "Jordan", "Marine", "Michel", "François",
        "Francois", "Jean-Luc", "Jean-Claude", "Jean-Marie", "Jean-Pierre", "Pierre",
        "Jacques", "Nicolas", "Edouard", "Édouard", "Bruno", "Élisabeth", "Elisabeth",
        "Ségolène", "Segolene", "Anne", "Rachida", "Giorgia", "Sergio", "Matteo", "Mario",
        "Silvio", "Giuseppe", "Enrico", "Paolo", "Luigi", "Francesco", "Pedro", "Pablo",
        "Alberto", "Santiago", "Mariano", "José", "Jose", "Juan", "Javier", "Felipe",
        "Letizia", "Carlos", "Miguel", "Manuel", "Luis", "Antonio", "Fernando", "Ricardo",
        "Rafael", "Raúl", "Raul", "Diego", "Jorge", "Andrés", "Andres", "Alejandro",
        "Gustavo", "Claudia", "Gabriel", "Javier", "Nicolás", "Nicolas", "Daniel", "Evo",
        "Lenín", "Nayib", "Xiomara", "Dina", "Gabriel", "Luiz", "Inácio", "Jair", "Dilma",
        "Fernando", "Simone", "Roberto", "Geraldo", "Marina", "Tarcísio", "Ciro", "Sergio",
        "Cristina", "Mauricio", "Alberto", "Axel", "Patricia", "Mark", "Rutte", "Dick",
        "Geert", "Frans", "Wopke", "Alexander", "Charles", "Donald", "Andrzej", "Mateusz",
        "Jarosław", "Jaroslaw", "Radosław", "Radoslaw", "Lech", "Viktor", "Péter", "Peter",
        "Robert", "Andrej", "Petr", "Petro", "Volodymyr", "Vladimir", "Dmitry", "Dmitri",
        "Dmytro", "Sergey", "Sergei", "Serhiy", "Andriy", "Andrii", "Oleksandr",
        "Oleksiy", "Olena", "Yulia", "Vitali", "Vitaly", "Valery", "Valeriy", "Yevgeny",
        "Yevgeniy", "Alexei", "Alexey", "Aleksei", "Mikhail", "Maria", "Anatoly", "Boris",
        "Igor", "Ivan", "Nikolai", "Nikolay", "Yuri", "Yury", "Viktor", "Gennady",
        "Ramzan", "Ilham", "Nikol", "Irakli", "Bidzina", "Salome", "Mikheil", "Alexander",
        "Aleksandr", "Kassym-Jomart", "Shavkat", "Emomali", "Sadyr", "Serdar",
        "Recep", "Tayyip", "Kemal", "Mehmet", "Ahmet", "Mustafa", "Hakan", "Ekrem",
        "Kyriakos", "Alexis", "Nikos", "Giorgos", "Aleksandar", "Edi", "Ilir", "Milorad",
        "Zoran", "Milo", "Albin", "Vjosa", "Klaus", "Olaf", "Frank-Walter", "Karl",
        "Ulf", "Magdalena", "Stefan", "Mette", "Lars", "Jonas", "Sanna", "Petteri",
        "Alar", "Kaja", "Gitanas", "Ingrida", "Edgars", "Krišjānis", "Leo", "Micheál",
        "Micheal", "Simon", "Mary", "Michelle", "Gerry", "Sinn", "Humza", "Nicola",
        "John", "Anas", "Sadiq", "Priti", "Suella", "Kemi", "Yvette", "Wes", "Ed", "Nigel",
        "Jacinda", "Chris", "Christopher", "Anthony", "Penny", "Scott", "Peter", "Malcolm",
        "Kevin", "Julia", "Tony", "Justin", "Chrystia", "Pierre", "Jagmeet", "Mélanie",
        "Doug", "Danielle", "François-Philippe", "Mélanie", "Céline", "Teddy", "Thomas",
        "Marie-José", "Tony", "Novak", "Rafael", "Roger", "Serena", "Venus", "Lionel",
        "Cristiano", "Neymar", "Kylian", "Erling", "Harry", "Virat", "Sachin", "Usain",
        "Simone", "Katie", "Michael", "LeBron", "Stephen", "Taylor", "Beyoncé", "Beyonce",
        // Arabic, Persian, Turkish, South Asian, African
        "Mohammed", "Mohammad", "Muhammad", "Mohamed", "Mohamad", "Ahmed", "Ahmad", "Ali",
        "Hassan", "Hussein", "Hossein", "Omar", "Umar", "Abdul", "Abdel", "Abdullah",
        "Abdallah", "Abdulrahman", "Abdelaziz", "Abdelfattah", "Abdel-Fattah", "Khalid",
        "Khaled", "Mahmoud", "Mahmud", "Mustafa", "Ibrahim", "Ismail", "Yusuf", "Youssef",
        "Yousef", "Salman", "Faisal", "Fahd", "Tamim", "Hamad", "Sheikh", "Mansour",
        "Nasser", "Tariq", "Tarek", "Walid", "Waleed", "Hamid", "Hamed", "Rashid", "Saeed",
        "Said", "Saad", "Samir", "Sami", "Nabil", "Nabih", "Najib", "Najib", "Fuad", "Fouad",
        "Yahya", "Ismail", "Marwan", "Moussa", "Musa", "Issa", "Isa", "Jamal", "Kamal",
        "Karim", "Rami", "Riyad", "Riad", "Bashar", "Hafez", "Asma", "Rania", "Fatima",
        "Aisha", "Ayesha", "Layla", "Leila", "Nour", "Noura", "Mariam", "Maryam", "Zainab",
        "Salma", "Yasmin", "Yasmine", "Amira", "Hana", "Huda", "Lina", "Dalia", "Reem",
        "Abdelmadjid", "Kais", "Aziz", "Abiy", "Isaias", "Hassan", "Uhuru", "William",
        "Raila", "Rigathi", "Musalia", "Kithure", "Yoweri", "Bobi", "Paul", "Samia",
        "Hakainde", "Emmerson", "Nelson", "Thabo", "Jacob", "Cyril", "Julius", "Mmusi",
        "John", "Bola", "Muhammadu", "Goodluck", "Olusegun", "Atiku", "Peter", "Nana",
        "Akufo-Addo", "Macky", "Bassirou", "Ousmane", "Alassane", "Félix", "Felix",
        "Denis", "Faustin-Archange", "Mahamat", "Idriss", "Abdourahamane", "Assimi",
        "Ibrahim", "Kaïs", "Kais", "Moussa", "Mamadi", "Salva", "Riek", "Abdel", "Mohamed",
        "Hemedti", "Abdalla", "Ellen", "George", "Ngozi", "Chimamanda", "Wole", "Chinua",
        "Ama", "Kofi", "Kwame", "Kwesi", "Yaw", "Ama", "Aminata", "Fatou", "Amadou",
        "Boubacar", "Mamadou", "Cheikh", "Ousmane", "Ibrahima", "Abdoulaye", "Moctar",
        "Sahle-Work", "Demeke", "Debretsion", "Getachew", "Tedros", "Abebe", "Haile",
        "Jomo", "Daniel", "Mwai", "Wangari", "Eliud", "Faith", "Kipchoge",
        "Narendra", "Rahul", "Sonia", "Priyanka", "Amit", "Rajnath", "Nirmala", "Subrahmanyam",
        "Piyush", "Arvind", "Mamata", "Nitish", "Chandrababu", "Yogi", "Shashi", "Manmohan",
        "Atal", "Indira", "Jawaharlal", "Mahatma", "Mohandas", "Shehbaz", "Nawaz", "Imran",
        "Asif", "Bilawal", "Benazir", "Maryam", "Ishaq", "Sheikh", "Muhammad", "Khaleda",
        "Tarique", "Sajeeb", "Ranil", "Anura", "Gotabaya", "Mahinda", "Sajith", "Pushpa",
        "Sher", "Khadga", "Prachanda", "Ashraf", "Hamid", "Zalmay", "Hibatullah",
        "Ebrahim", "Masoud", "Mahmoud", "Ali", "Javad", "Abbas", "Hossein", "Mohsen",
        "Qassem", "Qasem", "Esmail", "Reza", "Hassan", "Narges", "Shirin", "Mahsa",
        "Benjamin", "Yair", "Naftali", "Benny", "Yoav", "Itamar", "Bezalel", "Isaac",
        "Reuven", "Herzi", "Gadi", "Gideon", "Avigdor", "Ehud", "Ariel", "Shimon", "Yitzhak",
        "Golda", "Moshe", "Yossi", "Avi", "Amir", "Noa", "Tamar", "Shira", "Yael", "Dov",
        "Mahmoud", "Yasser", "Marwan", "Ismail", "Yahya", "Khalil", "Saleh", "Osama",
        "Ayman", "Abu", "Hassan", "Naim", "Nabih", "Michel", "Joseph", "Najib", "Saad",
        "Fuad", "Hisham", "Mohammed", "Abdul", "Abdulla", "Abdulaziz",
        // East and Southeast Asian given names written first
        "Fumio", "Shinzo", "Yoshihide", "Shigeru", "Taro", "Yoko", "Sanae", "Yuriko",
        "Shinjiro", "Minoru", "Yoshimasa", "Kazuo", "Haruki", "Naomi", "Shohei", "Hideki",
        "Akira", "Hiroshi", "Takeshi", "Kenji", "Yuki", "Yuko", "Keiko", "Masako",
        "Naruhito", "Akihito", "Hayao", "Ichiro", "Joko", "Prabowo", "Gibran", "Retno",
        "Sri", "Megawati", "Susilo", "Anies", "Ganjar", "Anwar", "Ismail", "Mahathir",
        "Najib", "Muhyiddin", "Lawrence", "Lee", "Tharman", "Halimah", "Vivian",
        "Ferdinand", "Sara", "Rodrigo", "Enrique", "Gilberto", "Leni", "Maria", "Imelda",
        "Corazon", "Benigno", "Gloria", "Prayuth", "Prayut", "Srettha", "Paetongtarn",
        "Thaksin", "Yingluck", "Pita", "Anutin", "Aung", "Min",
        "Tony", "Lai", "Hsiao", "Tsai", "Ma", "Carrie", "John", "Jimmy", "Joshua", "Agnes",
        "Nathan", "Martin", "Xiomara", "Andrés", "Claudia", "Gustavo", "Gabriel",
        // Miscellaneous frequent
        "Kim", "Lee", "Moon", "Yoon", "Han", "Shin", "Sung", "Suk", "Jae", "Jong",
    ]
}

word_set! {
    /// Demonyms used mostly for languages: "in Spanish" is no evidence of Spain.
    LANGUAGE_DEMONYMS = [
        "Spanish", "Portuguese", "French", "English", "German", "Arabic", "Russian",
        "Chinese", "Dutch", "Swahili", "Italian", "Turkish", "Persian", "Korean",
        "Japanese", "Greek", "Hebrew", "Hindi", "Urdu", "Bengali", "Polish", "Ukrainian",
        "Vietnamese", "Thai", "Indonesian", "Swedish", "Norwegian", "Danish", "Finnish",
        "Hungarian", "Romanian", "Czech",
    ]
}

/// Words immediately before a language-demonym that make it a language.
pub const LANGUAGE_BEFORE: &[&str] = &[
    "in",
    "speak",
    "speaks",
    "spoke",
    "speaking",
    "spoken",
    "learn",
    "learning",
    "from",
    "into",
    "fluent",
    "native",
    "translated",
    "taught",
    "teach",
    "teaching",
    "written",
    "dubbed",
    "subtitled",
];

/// Words immediately after a language-demonym that make it a language.
pub const LANGUAGE_AFTER: &[&str] = &[
    "-speaking",
    "-language",
    "language",
    "languages",
    "speakers",
    "speaker",
    "translation",
    "subtitles",
    "lessons",
    "classes",
    "version",
    "edition",
];

/// True when a word is written with a leading capital letter.
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Given names of many cultures (`data/given_names.txt`, from @faker-js/faker, MIT, and
/// the hand-written `data/given_names_south_asia.txt` and `data/given_names_extra.txt`;
/// see `data/README.md`), beside the hand-kept [`GIVEN_NAMES`].
pub static WIDE_GIVEN_NAMES: LazyLock<WordSet> = LazyLock::new(|| {
    include_str!("data/given_names.txt")
        .lines()
        .chain(include_str!("data/given_names_south_asia.txt").lines())
        .chain(include_str!("data/given_names_extra.txt").lines())
        .filter(|l| !l.starts_with('#'))
        .collect()
});

/// English nouns for what a person does ("playwright", "auditor", "neighbor"):
/// `data/role_nouns.txt`, written by hand for this project.
pub static ROLE_NOUNS: LazyLock<WordSet> = LazyLock::new(|| {
    include_str!("data/role_nouns.txt")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
});

/// True when `word` is a role noun of either list, in lower case or capitalised, singular
/// or plural ("playwright", "Cinematographer", "Firefighters").
pub fn is_role_noun(word: &str) -> bool {
    let mut buf = [0u8; 32];
    if !word.is_ascii() || word.len() > buf.len() || word.len() < 3 {
        return false;
    }
    let lowered = &mut buf[..word.len()];
    lowered.copy_from_slice(word.as_bytes());
    lowered[0].make_ascii_lowercase();
    // Only the first letter may be a capital: "CEO" and "MP" are acronyms, read apart.
    if lowered.iter().any(u8::is_ascii_uppercase) {
        return false;
    }
    let Ok(w) = std::str::from_utf8(lowered) else {
        return false;
    };
    let known = |w: &str| ROLE_CUES.contains(w) || ROLE_NOUNS.contains(w);
    known(w) || w.strip_suffix('s').is_some_and(known)
}

/// True for a known given name, from either list.
pub fn is_given_name(word: &str) -> bool {
    GIVEN_NAMES.contains(word) || WIDE_GIVEN_NAMES.contains(word)
}

/// True for an acronym of two or more capitals ("NATO", "U.S.", "IMF").
pub fn is_acronym(word: &str) -> bool {
    // Counted without collecting the letters: this runs for every word of every name.
    let mut letters = 0usize;
    for c in word.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2 && !SUFFIXES.contains(word)
}

/// True for initials written together with full stops: "T.J.", "J.R.", "A.J.".
pub fn is_dotted_initials(word: &str) -> bool {
    let b = word.as_bytes();
    (b.len() == 4 || b.len() == 6)
        && b.chunks(2)
            .all(|c| c[0].is_ascii_uppercase() && c[1] == b'.')
}

/// True for an initial such as "J." or "J".
pub fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some(c), Some('.'), None) if c.is_uppercase()
    )
}

/// Titles that head a job description, so "President Biden" names a person while
/// "National Funeral House" does not.
pub const HEAD_TITLES: &[&str] = &[
    "President",
    "President-elect",
    "Minister",
    "Premier",
    "Chancellor",
    "Secretary",
    "Secretary-General",
    "Undersecretary",
    "Governor",
    "Senator",
    "Representative",
    "Congressman",
    "Congresswoman",
    "Assemblyman",
    "Assemblywoman",
    "Mayor",
    "Speaker",
    "Ambassador",
    "Envoy",
    "Judge",
    "Justice",
    "Leader",
    "General",
    "Admiral",
    "Colonel",
    "Lieutenant",
    "Major",
    "Captain",
    "Commander",
    "Sergeant",
    "Corporal",
    "Officer",
    "Inspector",
    "Detective",
    "Coach",
    "Manager",
    "Director",
    "Director-General",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Commissioner",
    "CEO",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Treasurer",
    "Commodore",
    "Prosecutor",
    "Sheriff",
    "Superintendent",
    "Constable",
    "Brigadier",
    "Adviser",
    "Advisor",
    "Counsel",
    "Lawmaker",
    "Legislator",
    "Councillor",
    "Councilor",
    "Councilman",
    "Councilwoman",
    "Councilmember",
    "Council-member",
    "Alderman",
    "Alderwoman",
    "Alderperson",
    "Assemblymember",
    "Selectman",
    "Selectwoman",
    "Magistrate",
    "Marshal",
    "Founder",
    "Co-founder",
    "Patriarch",
    "Regent",
    "Taoiseach",
    "Chief",
    "Vice-President",
    "Whip",
    "Attorney",
    "Solicitor",
    "Baron",
    "Baroness",
    "Duke",
    "Duchess",
    "Earl",
    "Count",
    "Countess",
    "Archduke",
    "Marquess",
    "Viscount",
    "Presidents",
    "Ministers",
    "Senators",
    "Governors",
    "Mayors",
    "Representatives",
    "Judges",
    "Justices",
    "Sens.",
    "Reps.",
    "Generals",
];

/// Royal and religious titles that stay part of a one-word name ("Pope Francis").
pub const KEEP_TITLE: &[&str] = &["Pope", "Prince", "Princess", "Sheikh", "Sheik"];

/// Words that end a name phrase without belonging to it ("Wang Yi Saturday").
pub const TIME_WORDS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Jan.",
    "Feb.",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
];

/// First words that make a phrase a place or thing: "La Matanza", "El Niño", "San Jose".
pub const PLACE_FIRST: &[&str] = &[
    "La",
    "Las",
    "Los",
    "El",
    "Le",
    "Les",
    "Il",
    "Lo",
    "San",
    "Santa",
    "Santo",
    "São",
    "Sao",
    "Saint",
    "St.",
    "Ste.",
    "Port",
    "Puerto",
    "Fort",
    "Mount",
    "Mt.",
    "Lake",
    "Cape",
    "Isla",
    "Isle",
    "Rio",
    "Río",
    "Villa",
    "Ciudad",
    "Nueva",
    "Nuevo",
    "Pont",
    "Rue",
    "Via",
    "Piazza",
    "Plaza",
    "Calle",
    "Jalan",
    "Ponte",
    "Bab",
    "Wadi",
    "Jebel",
    "Jabal",
    "Tel",
    "Kafr",
    "Beit",
    "Ras",
    "Ain",
    "Deir",
    "Sierra",
    "Costa",
    "Playa",
    "Bahia",
    "Bahía",
    "Kibbutz",
    "Camp",
    "Fort",
    "Glen",
    "Loch",
    "Ben",
    "Gran",
    "Grand",
    "Bad",
    "Sankt",
    "Νέα",
    "Νέο",
    "Νέος",
    "Νέας",
    "Άγιος",
    "Αγία",
    "Αγίου",
    "Αγίας",
    "Άνω",
    "Κάτω",
];

word_set! {
    /// Lower-case nouns that a capitalised word modifies when it names a product, brand,
    /// site or organisation ("Python images", "Wikipedia article", "Docker users"): a name
    /// right before one is used as a modifier, which people seldom are.
    THING_NOUNS = [
        "image", "images", "version", "versions", "package", "packages", "app", "apps",
        "software", "code", "codebase", "project", "projects", "community", "user", "users",
        "account", "accounts", "page", "pages", "site", "website", "websites", "platform",
        "platforms", "service", "services", "store", "stores", "device", "devices", "model",
        "models", "update", "updates", "release", "releases", "library", "libraries",
        "framework", "frameworks", "server", "servers", "plugin", "plugins", "extension",
        "extensions", "browser", "engine", "language", "languages", "file", "files", "api",
        "apis", "tool", "tools", "tooling", "brand", "brands", "product", "products",
        "article", "articles", "edition", "editions", "logo", "ecosystem", "install",
        "installs", "installation", "environment", "environments", "documentation", "docs",
        "interpreter", "compiler", "runtime", "developer", "developers", "programmers",
        "network", "networks", "channel", "channels", "subscription", "subscribers",
        "feature", "features", "blog", "newsletter", "podcast", "episode", "episodes",
        "stock", "shares", "headquarters", "employees", "customers", "subscribers",
        "cluster", "clusters", "container", "containers", "database", "databases", "repo",
        "repository", "repositories", "module", "modules", "script", "scripts", "syntax",
        "keyboard", "laptop", "laptops", "phone", "phones", "smartphone", "tablet", "console",
        "consoles", "headphones", "earbuds", "speaker", "speakers", "camera", "cameras",
        "chip", "chips", "processor", "processors", "card", "cards", "drive", "drives",
        "router", "firmware", "driver", "drivers", "wine", "wines", "grape", "grapes",
        "vintage", "vineyard", "vineyards", "winery", "bottle", "bottles", "beer", "beers",
        "recipe", "recipes", "dish", "menu", "hotel", "hotels", "resort", "resorts", "villa",
        "villas", "suite", "suites", "restaurant", "restaurants", "airline", "airlines",
        "flight", "flights", "route", "routes", "festival", "festivals", "conference",
        "tournament", "league", "season", "seasons", "trailer", "album", "albums", "single",
        "singles", "song", "songs", "track", "tracks", "game", "games", "mod", "mods",
        "franchise", "sequel", "expansion", "dlc", "patch", "patches", "fans",
    ]
}

/// Words describing a person in apposition, beside the role cues.
pub const APPOSITION_NOUNS: &[&str] = &[
    "trader",
    "stalwart",
    "figure",
    "half-sister",
    "half-brother",
    "member",
    "veteran",
    "head",
    "scholar",
    "historian",
    "officer",
    "defender",
    "fan",
    "shopkeeper",
    "vendor",
    "mother",
    "father",
    "grandmother",
    "grandfather",
    "widow",
    "pensioner",
    "retiree",
    "herder",
    "fisherman",
    "driver",
    "pilot",
    "soldier",
    "veteran",
    "graduate",
    "native",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_classes() {
        assert!(HONORIFICS.contains("Mr."));
        assert!(ORG_WORDS.contains("Department"));
        assert!(GIVEN_NAMES.contains("Antony"));
        assert!(FAMILY_FIRST.contains("Wang"));
        assert!(is_acronym("NATO") && is_acronym("U.S.") && !is_acronym("III"));
        assert!(is_initial("J.") && !is_initial("Jr.") && !is_initial("j."));
        assert!(is_capitalised("Émile") && !is_capitalised("bin"));
        assert!(is_role_noun("playwright") && is_role_noun("Cinematographer"));
        assert!(is_role_noun("Firefighters") && is_role_noun("councilmembers"));
        assert!(!is_role_noun("Playwright's") && !is_role_noun("CEO") && !is_role_noun("Jane"));
    }
}
