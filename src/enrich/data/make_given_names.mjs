// Writes given_names.txt: given names of 60 locales from @faker-js/faker (MIT), the
// multicultural list people recognition uses as evidence that a capitalised phrase is a
// name. See README.md beside this script.
//
// Usage: npm pack @faker-js/faker && tar xzf faker-js-faker-*.tgz
//        node make_given_names.mjs ./package > given_names.txt
import path from "node:path";

// Given names that are also everyday English words at the start of capitalised phrases
// ("May 5", "Will Power", "Hunter Biden" stays: Hunter is then evidenced by the cue or the
// surname, not by this list).
const WORDS = new Set([
  "Will", "May", "June", "April", "August", "Grace", "Hope", "Faith", "Joy", "Summer",
  "Autumn", "Winter", "Spring", "Dawn", "Sky", "Sunny", "Art", "Chase", "Hunter", "Royal",
  "King", "Prince", "Major", "General", "Golden", "Price", "Star", "Page", "Rich", "Deep",
  "Happy", "Lucky", "Honey", "Sugar", "Angel", "Baby", "Precious", "Blessing", "Gift",
  "Justice", "Liberty", "Freedom", "Harmony", "Unique", "Love", "Lovely", "Diamond", "Crystal",
  "Amber", "Ruby", "Pearl", "Jade", "Storm", "River", "Ocean", "Forest", "Rain", "Snow",
  "Sun", "Moon", "Miracle", "Destiny", "Trinity", "Genesis", "Heaven", "Chance", "Cash",
  "Champion", "Victory", "Mercy", "Patience", "Prosper", "Precious", "Goodness", "Wisdom",
  "Sterling", "Ace", "Bishop", "Deacon", "Pastor", "Judge", "Baron", "Duke", "Earl",
  "Marshal", "Colonel", "Captain", "Admiral", "Rector", "Sultan", "Emir", "Shah",
  "Der", "Die", "Das", "Den", "Dem", "Des", "Am", "Im", "Un", "Une", "Le", "La", "Les",
  "El", "Los", "Las", "Il", "Lo", "Gli", "De", "Van", "Von", "Da", "Do", "Du", "Di",
  "Ad", "Data", "Media", "Home", "Sport", "World", "News", "Live", "Top", "Best", "Free",
  "Open", "Super", "Smart", "Search", "Social", "Share", "Follow", "Read", "More", "New",
]);

const dir = process.argv[2] ?? "./package";
const faker = await import(path.resolve(dir, "dist/index.js"));
const names = new Set();
for (const def of Object.values(faker.allLocales)) {
  const first = def.person?.first_name;
  if (!first) continue;
  const lists = Array.isArray(first) ? [first] : Object.values(first).filter(Array.isArray);
  for (const list of lists) {
    for (const n of list) {
      // One capitalised word of letters (hyphens and apostrophes inside): "Jean-Louis".
      if (/^\p{Lu}[\p{L}\p{M}'’-]*\p{L}$/u.test(n) && !WORDS.has(n)) names.add(n);
    }
  }
}
process.stdout.write([...names].sort().join("\n") + "\n");
