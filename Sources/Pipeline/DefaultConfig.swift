/// The built-in configuration: used for every key a project's `crosscheck.yml` leaves out. It is the
/// text of `Sources/Pipeline/DefaultConfig.yml` (a test keeps them equal; `make defaults` regenerates this file).
enum DefaultConfig {
    static let yaml = #"""
# Crosscheck's built-in configuration, used for every key a project's crosscheck.yml leaves out (and
# whole when it has none). `crosscheck init` writes a commented copy proposing topics from the corpus.
# See README.md, "Configuration", for what each key does.

site:
  title: "Crosscheck report"
  description: "Every figure in the articles, checked against every other telling of it."
  language: en

# One page per topic. Without a `topics` list of your own the report has a timeline, and a page is made
# for every measure that carries findings (two sources, an update, a dispute), named from the corpus' own
# words. Add a topic with its own measures to group or name them yourself; no Swift needed.
topics:
  - id: timeline
    title: Timeline
    summary: Dated events from every source, resolved against each article's own date.
    kind: timeline

# Measures: what is counted. Every counted figure is a claim whether or not a measure lists its noun: the
# noun after it ("3,500 homes") or the frame around it ("put the crowd at", "a turnout of") names it. A
# measure here merges synonyms under one label. `terms` are counted nouns that follow a figure; `cues`
# are words just before a figure that name the measure ("killed 22"). `catchAll: true` marks a measure
# whose figures count unrelated things (kept apart by noun, never compared, no page of its own).
measures:
  - id: killed
    label: people killed
    unit: people
    terms: [dead, deaths, fatalities, deceased, bodies]
    cues: [killed, killing, died, left dead, lost their lives, lost their life, death toll of, death toll, toll]
  - id: injured
    label: people injured
    unit: people
    terms: [injured, wounded, hurt]
    cues: [injuring, wounding]
  - id: people
    label: people
    unit: people
    terms: [people, persons]
  - id: money
    label: sums of money
    unit: money

# Gazetteer: canonical place names with their other spellings and adjectives. `includes` makes a
# group ("Iraq and Syria" is written out in text; a region lists its members).
places:
  - {name: Afghanistan, aliases: [Afghan]}
  - {name: Algeria, aliases: [Algerian]}
  - {name: Argentina, aliases: [Argentine, Argentinian]}
  - {name: Armenia, aliases: [Armenian]}
  - {name: Australia, aliases: [Australian]}
  - {name: Austria, aliases: [Austrian]}
  - {name: Azerbaijan, aliases: [Azerbaijani]}
  - {name: Bahrain, aliases: [Bahraini]}
  - {name: Bangladesh, aliases: [Bangladeshi]}
  - {name: Belarus, aliases: [Belarusian]}
  - {name: Belgium, aliases: [Belgian]}
  - {name: Bosnia and Herzegovina, aliases: [Bosnia, Bosnian]}
  - {name: Brazil, aliases: [Brazilian]}
  - {name: Bulgaria, aliases: [Bulgarian]}
  - {name: Burkina Faso, aliases: [Burkinabe]}
  - {name: Cameroon, aliases: [Cameroonian]}
  - {name: Canada, aliases: [Canadian]}
  - {name: Chad, aliases: [Chadian]}
  - {name: Chile, aliases: [Chilean]}
  - {name: China, aliases: [Chinese]}
  - {name: Colombia, aliases: [Colombian]}
  - {name: Croatia, aliases: [Croatian]}
  - {name: Cuba, aliases: [Cuban]}
  - {name: Cyprus, aliases: [Cypriot]}
  - {name: Czech Republic, aliases: [Czechia, Czech]}
  - {name: Democratic Republic of the Congo, aliases: [DR Congo, DRC, Congolese]}
  - {name: Denmark, aliases: [Danish]}
  - {name: Egypt, aliases: [Egyptian]}
  - {name: Eritrea, aliases: [Eritrean]}
  - {name: Ethiopia, aliases: [Ethiopian]}
  - {name: Finland, aliases: [Finnish]}
  - {name: France, aliases: [French]}
  - {name: Georgia, aliases: [Georgian]}
  - {name: Germany, aliases: [German]}
  - {name: Ghana, aliases: [Ghanaian]}
  - {name: Greece, aliases: [Greek]}
  - {name: Hungary, aliases: [Hungarian]}
  - {name: India, aliases: [Indian]}
  - {name: Indonesia, aliases: [Indonesian]}
  - {name: Iran, aliases: [Iranian]}
  - {name: Iraq, aliases: [Iraqi]}
  - {name: Ireland, aliases: [Irish]}
  - {name: Israel, aliases: [Israeli]}
  - {name: Italy, aliases: [Italian]}
  - {name: Japan, aliases: [Japanese]}
  - {name: Jordan, aliases: [Jordanian]}
  - {name: Kazakhstan, aliases: [Kazakh]}
  - {name: Kenya, aliases: [Kenyan]}
  - {name: Kosovo, aliases: [Kosovar]}
  - {name: Kuwait, aliases: [Kuwaiti]}
  - {name: Kyrgyzstan, aliases: [Kyrgyz]}
  - {name: Lebanon, aliases: [Lebanese]}
  - {name: Libya, aliases: [Libyan]}
  - {name: Mali, aliases: [Malian]}
  - {name: Malaysia, aliases: [Malaysian]}
  - {name: Mauritania, aliases: [Mauritanian]}
  - {name: Mexico, aliases: [Mexican]}
  - {name: Morocco, aliases: [Moroccan]}
  - {name: Mozambique, aliases: [Mozambican]}
  - {name: Myanmar, aliases: [Burma, Burmese]}
  - {name: Nepal, aliases: [Nepalese, Nepali]}
  - {name: Netherlands, aliases: [Dutch, Holland]}
  - {name: New Zealand}
  - {name: Niger, aliases: [Nigerien]}
  - {name: Nigeria, aliases: [Nigerian]}
  - {name: North Korea, aliases: [North Korean]}
  - {name: Norway, aliases: [Norwegian]}
  - {name: Oman, aliases: [Omani]}
  - {name: Pakistan, aliases: [Pakistani]}
  - {name: Palestine, aliases: [Palestinian, Gaza, West Bank]}
  - {name: Philippines, aliases: [Philippine, Filipino]}
  - {name: Poland, aliases: [Polish]}
  - {name: Portugal, aliases: [Portuguese]}
  - {name: Qatar, aliases: [Qatari]}
  - {name: Romania, aliases: [Romanian]}
  - {name: Russia, aliases: [Russian, Russian Federation]}
  - {name: Rwanda, aliases: [Rwandan]}
  - {name: Saudi Arabia, aliases: [Saudi]}
  - {name: Senegal, aliases: [Senegalese]}
  - {name: Serbia, aliases: [Serbian]}
  - {name: Somalia, aliases: [Somali]}
  - {name: South Africa, aliases: [South African]}
  - {name: South Korea, aliases: [South Korean]}
  - {name: South Sudan, aliases: [South Sudanese]}
  - {name: Spain, aliases: [Spanish]}
  - {name: Sri Lanka, aliases: [Sri Lankan]}
  - {name: Sudan, aliases: [Sudanese]}
  - {name: Sweden, aliases: [Swedish]}
  - {name: Switzerland, aliases: [Swiss]}
  - {name: Syria, aliases: [Syrian]}
  - {name: Taiwan, aliases: [Taiwanese]}
  - {name: Tajikistan, aliases: [Tajik]}
  - {name: Tanzania, aliases: [Tanzanian]}
  - {name: Thailand, aliases: [Thai]}
  - {name: Tunisia, aliases: [Tunisian]}
  - {name: Turkey, aliases: [Turkish, Türkiye]}
  - {name: Turkmenistan, aliases: [Turkmen]}
  - {name: Uganda, aliases: [Ugandan]}
  - {name: Ukraine, aliases: [Ukrainian]}
  - {name: United Arab Emirates, aliases: [UAE, Emirati]}
  - {name: United Kingdom, aliases: [UK, Britain, British]}
  - {name: United States, aliases: [US, U.S., USA, America, American]}
  - {name: Uzbekistan, aliases: [Uzbek]}
  - {name: Venezuela, aliases: [Venezuelan]}
  - {name: Vietnam, aliases: [Vietnamese]}
  - {name: Yemen, aliases: [Yemeni]}
  - {name: Zimbabwe, aliases: [Zimbabwean]}
  - {name: Middle East, kind: region}
  - {name: Sahel, kind: region}
  - {name: Europe, kind: region, aliases: [European]}
  - {name: Africa, kind: region, aliases: [African]}

# Lines that start with one of these phrases are boilerplate, on top of the general signals (short
# lines, few stop words, link lists, lines recurring across sources).
boilerplate:
  phrases:
    - Read Also
    - Read More
    - Related News
    - Related Articles
    - Recent Articles
    - Short Url
    - Follow
    - Leave A Reply
    - Please enter your comment
    - Please enter your name
    - Share this
    - Sign up for
    - Subscribe
    - Advertisement
    - Tags
    - Topics
    - Most shared
    - Most viewed

# What one hostile or broken input may cost; raise a limit here if a real file needs more.
limits:
  maxFileBytes: 5000000           # larger article files are skipped with an error notice
  maxSentenceCharacters: 1000     # longer sentences are split at white space (or at this length)
  maxYAMLBytes: 1000000           # front matter and sources.yml larger than this are refused
  maxYAMLAliases: 100             # YAML with more aliases (*name) is refused
  maxYAMLNodes: 200000            # YAML whose values, aliases expanded, number more is refused
  maxYAMLDepth: 64                # YAML nested deeper is refused

"""#
}
