import type { CategoryCode, LanguageCode } from '../intake.types';

/**
 * What points at each category, in all eleven languages and South African English slang. Matched on
 * normalised text (lower case, accents stripped: "ditšhila" -> "ditshila", "maḓi" -> "madi").
 *
 * Term syntax (compiled once by category-classifier.ts):
 *   `word`      the whole word
 *   `stem-`     a word starting with stem            ("potholes", "slaggate")
 *   `-stem`     a word ending with stem              (af compounds: "waterpyp", "speelpark")
 *   `-stem-`    stem anywhere inside a word          (Nguni noun-class and locative prefixes: "emanzini")
 *   `a b- c`    a phrase of words (each may be a stem-); `~` allows up to two words in between.
 * Phrases are matched first, left to right, and consume their words: "street light" is a streetlight
 * and no longer also the "light" of electricity, "water bill" is billing and not water.
 *
 * Weights: 4 decisive, 3 strong, 2 suggestive, 1 weak hint. A single strong term is enough to act on;
 * a single suggestive one makes the bot ask.
 */
export type LexiconCategory = CategoryCode;
export type Weighted = Partial<Record<1 | 2 | 3 | 4 | 5, string[]>>;

export const LEXICON: Record<LexiconCategory, Weighted> = {
  water: {
    5: [
      // systematic broadening (all 11 languages; NCHLT-checked)
      'no running water', 'water interruption-', 'water shortage-', 'pipe- ~ leak-', 'leak- ~ pipe-', 'meter- ~ leak-', 'leak- ~ meter-',
      'burst- pipe-', 'pipe- burst-', 'water pipe-', 'water main-', 'main pipe-', 'water meter- ~ leak-', 'water leak-',
      'leak- ~ water', 'no water', 'geen water', 'water pressure', 'low pressure', 'dry tap-', 'taps are dry', 'water meter-',
      'water supply', 'water tanker-', 'jojo tank-', 'water truck-', 'dirty water', 'brown water', 'tap water', 'drinking water',
      'waterdruk', 'lae druk', 'water off', 'water cut-', 'water outage', 'water ~ gone', 'water ~ shut', 'akukho manzi', 'awekho amanzi', 'ga re na metsi',
      'ha re na metsi', 'ga re na meetse', 'a hi na mati', 'a ri na madi', 'ha hona metsi', 'ha ho na metsi', 'ha ho metsi',
      'ga go na metsi', 'ga go metsi', 'ga go na meetse', 'ga go meetse', 'kute emanti', 'akuna manzi',
      'metsi a ~ tswa', 'meetse a ~ tswa', 'pompo ~ lutla-', 'phaephe ~ lutla-', 'phaephe ~ dutla-', 'pompo ~ dutla-',
      'phaephe ~ thubeg-', 'phaephe ~ phatlog-', 'phaephe ~ phatlo-', 'phaephe ~ robeg-',
    ],
    4: [
      // systematic broadening (all 11 languages; NCHLT-checked)
      'watertekort', 'waterpunt-', 'droe krane', 'waterkrane', 'waterkraan-',
      '-manzi-', '-manti', 'emanti', 'metsi', '-metsing', 'meetse', '-meetseng', 'mati', 'matini', 'waterpyp-', 'hoofpyp-', 'waterlek-',
      'watermeter-', 'watertoevoer', 'waterkraan', 'leaking', 'burst', 'bursted', 'borehole-', 'hydrant-', 'reservoir-',
      'standpipe-', '-mpompi-', '-mpompo-', '-phayiphi-', '-payipi-', '-mbhobho-', 'gebars-', 'waterlekkasie-',
    ],
    3: [
      // systematic broadening (all 11 languages; NCHLT-checked)
      'discoloured', 'pompo-', '-pompong', 'dipompo', 'mokgopo', 'mekgopo', '-kgopong', 'dutla-', '-dutla', 'lutla-', 'dutlang', '-dutlil-', 'ematini', 'phaipi-', '-phaipi-', '-phaiphi-', '-mphompi-', '-thephu', 'ithephi', 'itephu',
      '-water', 'water', 'waters', 'tap', 'taps', 'pipe', 'pipes', 'pipeline', 'leak', 'leaks', 'leaked', 'leakage', 'pyp', 'pype', 'krane',
      'kraan', 'lek', 'lekkasie', 'leking', 'lekkende', 'valve', 'valves', 'chlorine', 'cloudy', 'pompo', 'pompi', 'phaephe',
      'phaepe', 'phaephi', 'phaiphi', 'pombi', 'tephu', '-tephu-', '-vuza-', '-vuzayo', 'dutla', 'lutla', 'e dutla', 'e lutla',
      'thuthuza', 'tanker', 'tankers', 'geyser', 'jojo', 'supply', 'pressure',
    ],
    2: ['flowing', 'running', 'trickle', 'drip-', 'dripping', 'dry', 'droog', 'pressure', 'druk', 'tank', 'thenki', 'ithenki', '-qhum-', 'phatloh-', 'phatlog-', 'thuthub-', '-vuta'],
    1: ['flood-', 'vloei-', 'meter', 'meters', 'mitha', 'imitha'],
  },
  sanitation: {
    5: [
      // systematic broadening (all 11 languages; NCHLT-checked)
      'sewage smell-', 'sewer- spill-', 'long drop-', 'mobile toilet-', 'suck- ~ toilet-', 'suck- out', 'sucked out', 'afvalwater',
      'raw sewage', 'sewage spill-', 'sewer- block-', 'block- sewer-', 'block- drain-', 'drain- ~ block-', 'toilet- ~ block-',
      'block- toilet-', 'pit toilet-', 'pit latrine-', 'chemical toilet-', 'portable toilet-', 'communal toilet-', 'honey suck-',
      'honeysuck-', 'septic tank-', 'waste water', 'wastewater', 'toilet water', 'manhole ~ overflow-', 'sewage', 'sewerage',
      'bucket toilet-', 'bucket system', 'indlu encane', 'indlwana', 'ntlwana ya boithomelo', 'ntlwana', 'amanzi endle',
      'amanzi amdaka', 'metsi a ditshila', 'meetse a ditshila', 'metsi a leswe', 'vuil water', 'vuilwater', 'umgodi wendle',
      'septiese tenk-', 'sewer- pipe-', 'sewage pipe-', 'sewer line-', 'sewer main-', 'sewerage pipe-', 'rioolpyp-', 'drain- ~ overflow-', 'drain- ~ smell-', 'drain- ~ stink-',
    ],
    4: [
      // toilets: Sepedi "diboithomelo", Xitsonga "swihambukelo", Tshivenda "mabunga"
      '-boithomelo', 'swihambukelo', 'xihambukelo', 'mabunga', 'bunga', 'ntloana', 'dintloana', 'matloana',
      // systematic broadening (all 11 languages; NCHLT-checked)
      '-sewage-', '-sewer-', '-sewareji', '-siweji', '-sewetji', 'portaloo-', 'longdrop-', 'effluent', 'kleinhuisie-', 'buitetoilet-', 'emmerstelsel', 'putlatrine-', 'rioolwater', 'ntloana', 'matloana', '-ntlwaneng', '-thoyiled-',
      'sewer', 'sewers', 'sewerline', 'sewage', 'sewarage', 'sewege', 'sewadge', 'sewrage', 'toilet', 'toilets', 'latrine', 'latrines',
      'septic', 'manhole', 'manholes', 'man-hole', 'loo', 'poo', 'faeces', 'feces', 'excrement', 'riool-', '-riool-', 'riolering',
      'mangat', 'mangate', '-toilet-', '-thoyilet-', '-thoilet-', '-toylet-', 'thoilete', 'toilete', 'boithomelo', 'indle', 'lendle', 'endle', 'wendle', 'yendle', 'zendle', 'sendle', 'kwendle', 'ilindle', '-lindle', 'lindle',
      'amalindle', 'xihambukelo', '-ngasese', 'matlwana', 'dintlwana', '-ntlwana', 'honeysucker', 'vacuum tanker', 'seweji', 'sewetjhe',
    ],
    3: ['drain', 'drains', 'drainage', 'drein', 'dreine', 'drol-', 'umjelo', '-mjelo', 'overflow-', 'stink-', 'stank', 'smell-', 'smelly', '-dreyini', 'idrain', 'amadrain', '-dreni'],
    2: ['-nuka', 'nkga', 'e nkga', 'di nkga', 'di a nkga', 'verstop-', 'thibane', 'thibile', 'thibeg-', 'thibehile', 'kgoreleg-', 'ivalekile', 'ivaliwe', 'nappies', 'blocked', '-pfalek-', 'valea', 'valiwa', '-valekile', '-valiwe', '-chichim-', '-phuphum-', 'outhouse', 'kgoreletseg-'],
    1: ['spill-'],
  },
  electricity: {
    5: [
      // systematic broadening (all 11 languages; NCHLT-checked)
      'geen elektrisiteit', 'sonder elektrisiteit', 'hanging wire-', 'hanging cable-', 'cable- ~ hanging', 'wire- ~ hanging', 'power trip-',
      'no power', 'power outage', 'power cut-', 'power failure', 'power off', 'power out', 'power is out', 'power ~ gone',
      'no electricity', 'no lights', 'no light', 'lights are off', 'lights off', 'lights out', 'lights ~ gone', 'load shedding',
      'load-shedding', 'loadshedding', 'load sheding', 'loadsheding', 'cable theft', 'stolen cable-', 'cable- ~ stolen',
      'illegal connection-', 'live wire-', 'exposed wire-', 'exposed cable-', 'wire- ~ exposed', 'cable- ~ exposed',
      'electric- wire-', 'electric- cable-', 'power line-', 'power cable-', 'prepaid meter-', 'pre-paid meter-', 'prepaid electricity',
      'electricity meter-', 'electricity box', 'meter box-', 'meter bypass-', 'geen krag', 'sonder krag', 'krag is af', 'krag af',
      'akukho gesi', 'akukho ugesi', 'ha ho motlakase', 'ga go motlakase', 'ga go na motlakase', 'ha ho na motlakase',
      'ga go mohlagase', 'ga go na mohlagase', 'a hi na gezi', 'a ku na gezi', 'kute gesi', 'akukho mbane', 'akukho umbane',
      'umbane ucimile', 'ugesi ucimile', 'ugesi awukho', 'mini sub-', 'minisub-', 'electricity supply', 'power supply', 'supply of electricity', 'power box', 'power station', 'tripping switch',
    ],
    4: [
      // systematic broadening (all 11 languages; NCHLT-checked)
      'kabeldie-', 'kragtoevoer', 'kragpaal',
      'electricity', 'electric', 'electrical', 'electrics', 'electrisity', 'electicity', 'elecricity', 'electrcity', 'electricty',
      'eletricity', 'lectricity', 'power', 'powers', 'eskom', 'transformer', 'transformers', 'substation', 'substations', 'prepaid',
      'pre-paid', 'token', 'tokens', 'izinyoka', 'inyoka', 'outage', 'outages', 'blackout', 'krag', '-krag', 'kragonderbreking-',
      'elektrisiteit', 'elektries-', 'beurtkrag', 'transformator-', 'kragdraad', 'kragdrade', 'kragkabel-', '-gesi', '-gesini',
      'kagesi', 'ugesi', '-mbane', 'motlakase', '-tlakase', 'mohlagase', '-hlagase', 'gezi', '-gezi', '-dagasi', 'mudagasi',
      '-lektri-', '-lectri-', '-lekthri-', '-letiriki', '-transfom-', '-thransfom-', '-transfo-', 'trafo', 'loadshed-', 'voorafbetaal-',
    ],
    3: [
      // systematic broadening (all 11 languages; NCHLT-checked)
      '-ntambhu', '-ntsambo', 'tintambo',
      'cable', 'cables', 'kabel', 'kabels', 'wire', 'wires', 'wiring', 'sparks', 'sparking', 'spark', 'voltage', 'volt', 'surge',
      'fuse', 'fuses', 'tripped', 'tripping', 'kiosk', 'draad', 'drade', 'intambo', 'izintambo', 'iintambo',
      '-kabel', '-kabels', '-drade', 'megala', 'mogala', 'dithapo', 'khebole', 'dikhebole', 'kabole', 'ntambo', 'mincila', 'electrocut-', 'shock', 'shocked',
    ],
    2: ['units', 'trip', 'dark', 'donker', 'timile', 'tima', 'cimile', 'ucimile', 'cinyiwe', '-cishiwe', 'pole', 'poles', 'paal', 'pale', 'lights', 'lesedi', 'mabone'],
    1: ['light', 'lig', 'ligte', 'meter', 'meters', 'mitha', 'imitha', 'ucingo', 'terata', 'switch', 'fire', 'mulilo', 'umlilo'],
  },
  streetlights: {
    5: [
      // systematic broadening (all 11 languages; NCHLT-checked)
      'pole light-', 'tower light-', 'big light-', 'dark street-', 'street- ~ dark', 'donker strate', 'straat ~ donker', 'light- ~ pole-', 'pole- ~ light-', 'dipone tsa mmila', 'dipone tsa tsela', 'lobone la mmila',
      'street light-', 'streetlight-', 'street lite-', 'streetlite-', 'street lamp-', 'streetlamp-', 'street pole light-', 'high mast-', 'high-mast-', 'highmast-',
      'mast light-', 'apollo-', 'lamp post-', 'lamppost-', 'lamp pole-', 'light pole-', 'road light-', 'flood light-', 'floodlight-',
      'light- ~ street', 'light- ~ streets', 'light- ~ road', 'lamp- ~ street', 'straatlig-', 'straatlamp-', 'hoe mas-', 'hoemas-',
      'ligpaal', 'ligpale', 'lamppaal', 'lamppale', 'isibani somgwaqo', 'izibani zomgwaqo', 'izibani ~ emgwaqweni',
      'isibane sesitrato', 'izibane zesitrato', 'lebone la seterata', 'mabone a seterata', 'mabone ~ seterateng', 'lebone ~ seterateng',
      'lebone la mmila', 'mabone a mmila', 'mabone ~ mmileng', 'lebone la tsela', 'mabone a tsela', 'mabone ~ mebileng',
      'mabone a mebila', 'lebone ~ mmileng', 'rivoni ra xitarata', 'tivoni ta xitarata', 'luvhone lwa bada', 'zwiedza zwa bada',
      'sibane semgwaco', 'tibane temgwaco', 'isibani sesitrada', 'mabone a seterete', 'lebone la seterete', 'mabone a bada', 'lebone la bada',
    ],
    4: ['streetlights', 'streetlight', 'streetlamps', 'apollo', 'apollos', 'highmast', '-sibani-', '-zibani-', '-sibane-', '-zibane-', 'amalambu', 'rivoni', 'mavoni', 'tivoni', 'luvhone', 'mavhone', 'livhone', 'hoogmas-', 'emalambu'],
    3: ['lebone', 'dipone', 'lobone', 'mabone a hwile', 'mabone a shwele', 'mabone a sule'],
    2: ['lamp', 'lamps', '-lambu', 'bulb', 'bulbs', 'flicker-', 'flikker-'],
  },
  roads: {
    5: [
      // systematic broadening (all 11 languages; NCHLT-checked)
      'stop street-', 'yield sign-', 'traffic circle-', 'road ~ flooded', 'street- ~ flood-',
      'pot hole-', 'traffic light-', 'traffic signal-', 'robot- ~ not working', 'robot- ~ broken', 'robot- ~ out', 'robot- ~ flash-',
      'robot- ~ down', 'robot- ~ faulty', 'stop sign-', 'road sign-', 'street sign-', 'speed bump-', 'speed hump-', 'storm water',
      'stormwater-', 'storm drain-', 'catch pit-', 'road ~ damage-', 'road ~ broken', 'road ~ crack-', 'road ~ collaps-',
      'gravel road-', 'dirt road-', 'grade ~ road-', 'road marking-', 'gat in die pad', 'gate in die pad', 'die pad is',
      'sink hole-', 'road ~ flood-', 'drain- ~ road-', 'road- ~ drain-', 'drain- ~ street', 'flooded ~ road-', 'flooded ~ street-', 'street ~ flooded', 'verkeerslig-', 'stormwaterdrein-',
    ],
    4: [
      // road signs and pavements in every language ("letshwao la stop", "sešupo sa stop", "xikombiso xa stop")
      '-pavement', 'letshwao', 'sesupo', 'xikombiso', 'tshiga', 'uphawu', 'isibonakaliso', 'padteken-', 'stopteken-',
      // systematic broadening (all 11 languages; NCHLT-checked)
      'stopteken-', 'stopstraat', 'padteken-', 'padbeskadiging', 'verkeerssein-', '-robhod-', '-pothol-', '-phothol-', '-speedhump-', '-robot-',
      'pothole', 'potholes', 'pothol-', 'porthole-', 'potole-', 'pothhole-', 'slaggat-', '-slaggat', '-slaggate', 'sinkhole-',
      'culvert-', 'stormwater', 'spoedwal-', 'spoedhobbel-', 'robothi', '-robhothi-', '-robothi-', '-roboto', 'dirobotho', 'robot', 'robots',
      '-mgodi-', '-migodi-', '-ngxuma', 'masoba', 'lesoba', 'mekoti', 'mokoti', 'mesima', 'mosima', '-godzi', 'grader', 'grading',
      'tarmac', 'tarred', 'speedbump-', 'speedhump-', 'donga', 'dongas',
    ],
    3: [
      // systematic broadening (all 11 languages; NCHLT-checked)
      'hump', 'humps', 'randsteen-', 'dikoti', 'sekoti', 'molete', 'melete', 'mugodi', '-mugodi-', 'mulindi', 'milindi', '-gondzw-', 'badani', 'dzibada',
      'road', 'roads', 'roadway', 'pavement', 'pavements', 'sidewalk', 'sidewalks', 'footpath-', 'kerb-', 'curb-', 'tar', 'gravel',
      '-patwini', 'paaie', 'sypaadjie-', 'grondpad-', 'gruispad-', '-mgwaq-', '-mgwac-', 'tsela', 'patu', 'bada', 'paving', 'pavers', 'bridge',
      'bridges', 'intersection', 'crossing', 'teerpad-', 'teer',
    ],
    2: ['crack-', 'hole', 'holes', 'gat', 'gate', 'flood-', 'mud', 'modder', 'bump', 'brug', 'borokgo', 'ibhuloho', 'ibhulorho', 'indlela', 'tseleng', 'ditsela', 'ditseleng', 'kruising', 'signage'],
    1: ['rain', 'sign', 'signs', 'mmila'],
  },
  waste: {
    5: [
      // dead animals, named with their death ("ntja e shweleng", "mpša ye e hwilego"): refuse, whatever street they lie in
      'inja efile', 'inja efileyo', 'inja efileko', 'inja lefile', 'kunenja efile', 'kunenja efileko', 'kunenja lefile', 'imbuzi efile', 'inkomo efile', 'ikati efile', 'ntja e shwele-', 'ntja e shweleng', 'ntswa e e sule-', 'ntja e e sule-', 'mpsa ye e hwile-', 'mpsa e hwile-', 'katse e shwele-', 'mbyana yo fa', 'mbyana leyi feke', 'mmbwa yo faho', 'mmbwa yo fa', 'dead animal-', 'dead goat-', 'dead cow-', 'dead donkey-', 'dead horse-', 'dooie hond-', 'dooie kat-', 'dooie dier-',
      // systematic broadening (all 11 languages; NCHLT-checked)
      'waste not collected', 'bin bag-', 'refuse bag-', 'rubbish bag-', 'collection day', 'overflowing bin-', 'bin- ~ overflow-',
      'illegal dump-', 'dumping site-', 'dump site-', 'skip bin-', 'wheelie bin-', 'wheely bin-', 'black bag-', 'refuse removal',
      'refuse collection', 'rubbish removal', 'garbage truck-', 'refuse truck-', 'not collected', 'never collected', 'didnt collect',
      'did not collect', 'not been collected', 'not picked up', 'not been picked up', 'havent collected', 'dead dog-', 'dead cat-',
      'dead animal-', 'dead donkey-', 'dead cow-', 'dead horse-', 'dead goat-', 'dead rat-', 'dooie hond-', 'dooie kat-', 'dooie dier-',
      'builders rubble', 'garden refuse', 'garden waste', 'onwettige storting', 'inja efile', 'ikati elifile', 'isilwane esifile',
      'ntja e shwele', 'ntja e hwile', 'phoofolo e shwele', 'ntja e sule', 'nja e sule', 'ntswa e sule', 'mpsa e hwile', 'ntja e hwile', 'phoofolo e hwile', 'inja efile-', 'ikati efile-', 'isilwane esife-',
    ],
    4: [
      // Tshivenda rubbish
      'mashika', '-mashika',
      // systematic broadening (all 11 languages; NCHLT-checked)
      '-dustbin-', 'ibin', 'amabin', 'dibin', 'dibini', 'ibhin', '-skip', 'iskipi', 'dumpsite-', 'uncollected', 'vullisblik-', 'vuilisdrom-', '-afval', '-rommel', 'vuilgoed-', 'mataka', '-nsila', 'ethyakeni', 'mathyaka',
      'refuse', 'rubbish', 'garbage', 'garbag-', 'trash', 'litter', 'littering', 'dumping', 'dumped', 'dump', 'dumps', 'skip', 'skips',
      'bin', 'bins', 'wheeliebin-', 'dustbin-', 'landfill-', 'carcass-', 'vullis-', '-vullis-', 'asblik-', 'vuilgoed', 'vuilis',
      'gemors', 'rommel', 'afval', 'storting', 'gestort', '-doti', 'izibi', 'imfucuza', 'imfucuta', '-nkunkuma', '-gqomo', 'bhini',
      '-bhini', 'matlakala', '-tlakala', 'ditshila', 'thyaka', 'marubishi', 'rubishi',
    ],
    3: ['malatwa', '-tibi', 'bini', 'waste', 'recycling', 'rubble', 'puin', 'collection', 'collected', 'collect', 'verwydering', 'lahla-', 'latlha-', 'lahlw-', 'rats', 'flies', 'tshika', '-tshika', 'tibi', 'dibine', 'bine', 'dithini', 'thini', 'maggots', 'litter-'],
    2: ['removal', 'bags', 'sakke', 'plastic', 'plastics', 'efileyo', '-qoqw-', 'cukumet-', 'opgetel', 'balahl-', 'ukulahl-', 'kulahl-', 'ayalahl-', 'bayalahl-'],
    1: ['truck', 'trucks', 'dead', 'dooie', 'efile', 'rotten', 'vrot', 'kgobokets-', 'verwyder'],
  },
  parks: {
    2: [
      // systematic broadening
      'stadium',
    ],
    5: [
      // systematic broadening (all 11 languages; NCHLT-checked)
      'play equipment', 'play park-', 'sports ground-', 'inkundla yokudlala', 'indawo yokudlala', 'izinto zokudlala', 'sebaka sa ho bapala', 'lefelo la go tshameka', 'lefelo la go raloka',
      'long grass', 'cut ~ grass', 'grass ~ cut-', 'grass cutting', 'grass ~ long', 'mow- ~ grass', 'overgrown', 'fallen tree-',
      'tree- ~ fell', 'tree- ~ fallen', 'tree ~ branch-', 'tree ~ cut-', 'cut ~ tree-', 'trim- ~ tree-', 'prun- ~ tree-', 'jungle gym-',
      'sports field-', 'sportsground-', 'open space-', 'lang gras', 'gras ~ sny', 'sny ~ gras', 'omgevalle boom', 'swimming pool',
      'sny ~ bome', 'utshani ~ bude', 'utshani obude', 'ingca ende', 'jwang bo-', 'bjang bo-', 'kuta jwang', 'kuta bjang', 'poma bjang', 'rema bjang', 'jwang ~ phak-', 'bjang ~ phak-', 'jwang bo bolelele', 'bojang jo boleele', 'bjang bjo botelele',
    ],
    4: [
      // systematic broadening (all 11 languages; NCHLT-checked)
      'swing', 'see-saw', 'seesaw', 'lawn', 'lawns', 'stump-', 'burial-', 'glyplank-', 'wipplank-', 'klimraam-', 'speeltoerusting', 'grafsteen-', 'sportveld-', 'epakini', 'ipaka', 'epaka', 'ephaka', 'phakeng', '-thunen-', 'ithuna', '-ngcwaben-', 'mabitl-', '-sirha',
      'park', 'parks', 'playground-', 'cemetery', 'cemeteries', 'graveyard-', 'grave', 'graves', 'tombstone-', 'grass', 'grasses',
      'mowing', 'mow', 'tree', 'trees', 'speelpark-', '-speelpark', 'speelgrond-', 'begraafplaas-', 'kerkhof', 'grafte', 'oorgroei-',
      'gras', '-gras', 'swaai', 'swaaie', 'ipaki', '-phaki-', 'epaki', '-tshani', 'ingca', '-hlahla', 'umuthi', 'umthi', '-thuna',
      '-ngcwaba', 'bojang', 'byanyi', 'mohlare', 'dihlare', 'sehlare', 'hatsi', 'tjani', '-tjani', 'sefate', 'difate', 'setlhare', 'ditlhare',
      'mabitla', 'lebitla', 'masirha', 'murhi', 'mirhi', 'phaka',
    ],
    3: ['roots', 'root', 'branch', 'branches', 'swings', 'bush', 'bushes', 'weeds', 'veld', 'verge', 'hedge-', 'tak', 'takke', 'onkruid', 'ruigte', 'amagatsha', 'amasebe', 'ityholo', 'ihlathi', 'makala', 'imithi', 'serapeng'],
    1: ['field', 'plot', 'garden', 'tuin', 'slide', 'serapa', 'jwang', 'bjang'],
  },
  billing: {
    5: [
      // what a service costs: "imali yamanzi", "tefo ya metsi", "waterrekening"
      'imali yamanzi', 'imali yamandla', 'imali kagesi', 'imali yegesi', 'imali yogesi', 'imali yombane', 'imali yemanti', 'imali yegezi', 'imali kadoti', 'imali yodoti', 'imali yenkunkuma', 'imali yamalahle', 'chelete ya metsi', 'tjhelete ya metsi', 'tshelete ya metsi', 'tshelete ya meetse', 'chelete ya motlakase', 'tjhelete ya motlakase', 'tshelete ya motlakase', 'tshelete ya mohlagase', 'chelete ya matlakala', 'tshelete ya ditlakala', 'madi a metsi', 'madi a motlakase', 'mali ya mati', 'mali ya gezi', 'mali ya thyaka', 'tshelede ya madi', 'tshelede ya mudagasi', 'tefo ya metsi', 'tefo ya meetse', 'tefo ya motlakase', 'tefo ya mohlagase', 'tuelo ya metsi', 'tuelo ya motlakase', 'intlawulo yamanzi', 'intlawulo yombane', 'inkokhelo yamanzi', 'inkokhelo kagesi', 'mbadelo ya madi', 'mbadelo ya mudagasi', 'hakelo ya mati', 'hakelo ya gezi', 'waterrekening-', 'kragrekening-', 'elektrisiteitsrekening-', 'ligterekening-',
      // systematic broadening (all 11 languages; NCHLT-checked)
      'account number-', 'payment ~ reflect-', 'rekeningstaat', 'n staat', 'my staat', 'maandelikse staat', 'te veel ~ gehef', 'water meter reading-', 'electricity meter reading-', 'watermeterlesing-', 'meter- ~ estimat-',
      'water bill-', 'electricity bill-', 'lights bill-', 'rates bill-', 'municipal bill-', 'municipal account-', 'rates and taxes',
      'meter reading-', 'meter read-', 'read- ~ meter-', 'meter reader-', 'estimated reading-', 'estimated bill-', 'debit order-',
      'over charg-', 'too much ~ bill', 'charged ~ for', 'clearance certificate-', 'munisipale rekening-', 'meter ~ gelees',
      'lees ~ meter', 'ukufundwa kwemitha', 'bala ~ mitha', 'balwa ~ mitha',
    ],
    4: [
      // systematic broadening (all 11 languages; NCHLT-checked)
      'levy', 'levies', 'surcharge-', 'rebate-', 'debietorder-', 'rekeningnommer-', 'oorgehef', 'erfbelasting', '-tatamente', '-tatemente', '-tetemente', 'dibili',
      'bill', 'bills', 'billed', 'billing', 'account', 'accounts', 'statement', 'statements', 'invoice-', 'overcharg-', 'overbill-',
      'rates', 'refund-', 'arrears', 'indigent', 'rekening-', '-rekening', 'faktuur', 'fakture', 'oorbetaal-', 'eiendomsbelasting',
      'agterstallig-', 'terugbetaling-', 'meterlesing-', '-khawunti-', '-khawundi', '-statement', '-khaont-', '-khaunt-', 'akhaonto', 'akhaonte', '-statimende',
      '-tatimende', '-bhili', 'bili', 'sekoloto', 'isikweletu', '-kwelet-', 'xikweleti', 'mbadelo', 'tefello', 'ditefello',
      'tariff-', 'tarief-', 'valuation-', 'estimate', 'estimated', 'estimates',
    ],
    3: [
      // systematic broadening (all 11 languages; NCHLT-checked)
      'credit', 'krediet', 'saldo', 'deduct-', 'eft', '-badel-', 'haker-',
      'charged', 'charges', 'charge', 'payment', 'payments', 'debt', 'interest', 'betaling', 'heffing-', 'gehef', 'belasting',
      'geskat', 'skatting', 'skuld', 'lesing', 'reading', 'readings', 'tefo', 'tuelo', 'intela', 'irhafu', 'lekgetho', 'ityala',
      '-hlawul-', '-tlawul-', 'intlawulo', 'deposit', 'balance', 'owe', 'owing', 'receipt', 'betaal-', '-khokh-', 'khokh-', 'hakelo',
      'hakela', 'lefis-', 'duedis-', '-qagel-', '-fundwa', 'ayifundwa',
    ],
    2: ['paid', 'pay', 'paying', 'amount', 'money', 'imali', 'tjhelete', 'chelete', 'tshelete', 'tshelede', 'mali', 'lefa', 'lefile', 'lefisa', 'duela', 'duetse', 'expensive', 'duur', 'rente', 'reflect-', 'penalty'],
    1: ['verdubbel-', 'doubled', 'double', 'twice', 'high', 'ingxelo'],
  },
  other: {
    5: [
      // noise, stray animals, building without plans, load-shedding schedules, office hours
      'loud music', 'noise complaint-', 'barking dog-', 'dogs bark-', 'honde blaf', 'blaf heelnag', 'stray dog-', 'stray animal-', 'stray cattle', 'stray cow-', 'stray goat-', 'loadshedding schedule', 'load shedding schedule', 'when is loadshedding', 'when is load shedding', 'loadshedding times', 'beurtkrag skedule', 'building plan-', 'bouplan-', 'goedgekeurde planne', 'without approved plans', 'without permission', 'sonder toestemming', 'ngaphandle kwemvume', 'ngaphandle kwemvumo', 'ntle le tetla', 'kwa ntle ga tetla', 'ka ntle le tumello', 'ofisi ~ bula', 'ofisi ~ bulwa', 'ofisi ~ vulwa', 'hhovisi ~ vul-', 'hofisi ~ pfula', 'kantoor ~ oop', 'ofisi ~ vula',
      // systematic broadening (all 11 languages; NCHLT-checked)
      'isicelo sendlu', 'ndi toda mushumo', 'ndzi lava ntirho', 'ngifuna umsebenti', 'ngifuna umsebenti',
      'register to vote', 'registration to vote', 'voters roll', 'id document-', 'identity document-', 'id book', 'smart id',
      'home affairs', 'birth certificate-', 'death certificate-', 'looking for work', 'looking for a job', 'looking for job-',
      'job opportunit-', 'housing list', 'waiting list', 'rdp house', 'house application-', 'housing application-', 'apply for ~ house',
      'social grant-', 'rude staff', 'staff ~ rude', 'official- ~ rude', 'worker- ~ rude', 'bad service', 'customer service',
      'opening hours', 'office hours', 'what time ~ open', 'when ~ open', 'hoe laat', 'soek werk', 'stem registrasie',
      'registreer ~ stem', 'incwadi kamazisi', 'ukufuna umsebenzi', 'ngifuna umsebenzi', 'ndifuna umsebenzi', 'ke batla mosebetsi',
      'ke batla tiro', 'ke nyaka mosomo', 'business licen-', 'trading permit-', 'how do i apply',
    ],
    4: [
      // noise, livestock on the streets, building permission
      'music', 'umculo', 'ingxolo', 'lesata', 'mmino', 'muzika', 'lawaai', 'geraas', 'tavern', 'shebeen', 'izinkomo', 'iinkomo', 'tinkhomo', 'dikgomo', 'tihomu', 'dzikholomo', 'dipudi', 'izimbuzi', 'timbuti', 'mbudzi', 'cattle', 'cows', 'goats', 'planne', 'imvume', 'imvumo', 'tetla', 'tumello',
      'vote', 'voting', 'votes', 'election', 'elections', 'iec', 'bursary', 'bursaries', 'learnership-', 'internship-', 'vacancy',
      'vacancies', 'job', 'jobs', 'employment', 'passport', 'sassa', 'pension', 'grant', 'grants', 'rdp', 'housing', 'tender',
      'tenders', 'bribe-', 'corrupt-', 'beurs', 'beurse', 'behuising', 'verkiesing-', '-vota', 'ukhetho',
      'ukhetho', 'dikgetho', 'dikgetho', 'ikhetho', 'ibhasari', 'vouta', 'voutha', 'vota', 'kgetho', '-mazisi', 'isazisi', 'rude',
    ],
    1: ['councillor', 'raadslid'],
    3: ['library', 'libraries', 'biblioteek', 'go kgetha', 'ho kgetha', 'tlhopha', 'go tlhopha', 'id'],
    2: ['staff', 'official', 'officials', 'employee', 'employees', 'complain', 'complaint', 'apply', 'application', 'aansoek', 'register', 'registration', 'permit', 'licence', 'license'],
  },
};

/** Words whose meaning depends on the language: full weight in these languages, little elsewhere. */
export const LANGUAGE_BOUND: Array<{ category: LexiconCategory; weight: number; languages: LanguageCode[]; term: string }> = [
  { category: 'water', weight: 4, languages: ['ve'], term: 'madi' },
  { category: 'billing', weight: 2, languages: ['tn', 'nso', 'st'], term: 'madi' },
  { category: 'roads', weight: 3, languages: ['af'], term: 'pad' },
  { category: 'roads', weight: 3, languages: ['af'], term: 'paaie' },
  { category: 'parks', weight: 4, languages: ['af'], term: 'boom' },
  { category: 'parks', weight: 4, languages: ['af'], term: 'bome' },
  { category: 'other', weight: 4, languages: ['af'], term: 'stem' },
  { category: 'roads', weight: 3, languages: ['ts'], term: 'gondzo' },
  { category: 'parks', weight: 3, languages: ['ve'], term: 'muri' },
  { category: 'parks', weight: 3, languages: ['ve'], term: 'miri' },
  { category: 'roads', weight: 3, languages: ['af'], term: 'straat' },
  { category: 'roads', weight: 3, languages: ['af'], term: 'strate' },
  { category: 'water', weight: 4, languages: ['ve'], term: 'madini' },
  { category: 'parks', weight: 4, languages: ['ve', 'zu', 'ss', 'nr', 'xh'], term: 'paki' },
  { category: 'parks', weight: 4, languages: ['ts'], term: 'paka' },
];

/** Thanks and pleasantries: "other", but too weak for the bot to act on. */
export const COURTESY = [
  'thank', 'thanks', 'thankyou', 'thnx', 'thx', 'tnx', 'dankie', 'baie dankie', 'ngiyabonga', 'siyabonga', 'ngiyathokoza',
  'siyathokoza', 'enkosi', 'ndiyabulela', 'siyabulela', 'ke a leboha', 'kea leboha', 'ke a leboga', 'kea leboga', 'ke leboga',
  'ke leboha', 'ndza khensa', 'inkomu', 'ndo livhuwa', 'ri a livhuwa', 'ok', 'okay', 'cool', 'great', 'noted',
];

/**
 * Word groups whose co-occurrence decides between colliding categories (same term syntax as LEXICON,
 * single words only). The rules that use them live in category-classifier.ts:
 *   street + light      -> streetlights ("lights in our street are off", "dipone tsa mmila")
 *   street + dark       -> streetlights ("the street is dark at night", "kumnyama emgwaqweni")
 *   street + flood, no pipe -> roads    ("the road floods when it rains"; a burst pipe stays water)
 *   meter + reading     -> billing      ("water meter reading is wrong"); meter + leak -> water
 *   load-shedding + when, not "not" -> other ("when is load-shedding tomorrow?"; a scheduled cut is no fault)
 *   thanks + fixed, no request      -> other ("thank you for fixing the pipe so quickly": praise, no fault)
 *   water + dirt, no bin or sewer   -> water ("our water is dirty and smells"; not refuse)
 *   animal + dead                   -> waste ("a dead dog in the street", "ntša e e suleng")
 *   cable + street                  -> electricity ("a cable lying on the pavement"; not road damage)
 *   animal + street, not dead       -> other        ("cattle wandering in the road": stray animals)
 *   whole + dark, some electricity  -> electricity  ("transformer blew, the whole street is dark")
 *   pressure beside a toilet        -> stays water  ("pressure too low to flush the toilet")
 */
export type Cue =
  | 'street' | 'light' | 'dark' | 'flood' | 'pipe' | 'meter' | 'reading' | 'leak' | 'loadshedding' | 'when' | 'notIt'
  | 'thanks' | 'fixed' | 'request' | 'water' | 'dirt' | 'refuse' | 'sewer' | 'animal' | 'dead' | 'cable' | 'pressure' | 'whole';
export const CUES: Record<Cue, string[]> = {
  street: [
    'street', 'streets', 'road', 'roads', 'straat', 'strate', '-straat', 'pad', 'paaie', '-mgwaq-', '-mgwac-', '-sitrato',
    '-sitalato', '-sitarada', 'seterata', 'seterateng', 'seterete', 'mmila', 'mmileng', 'mebila', 'mebileng', 'tsela',
    'tseleng', 'xitarata', 'gondzo', '-gondzw-', 'bada', 'badani', 'zwitarata', 'tshitarata', 'endleleni', 'indlela',
    '-sitaladi', '-sitaladini', '-sitaradeni', 'patu', '-patwini', 'pavement-', '-pavement', 'sidewalk-', 'sypaadjie-', 'footpath-', 'kerb-',
  ],
  light: [
    'light', 'lights', 'lamp', 'lamps', 'bulb-', 'lig', 'ligte', 'lampe', 'mabone', 'lebone', 'dipone', 'lobone', 'mavoni',
    'rivoni', 'tivoni', 'mavhone', 'luvhone', 'livhone', 'amalambu', 'emalambu', '-lambu', '-sibani-', '-zibani-',
    '-sibane-', '-zibane-', '-lambu',
  ],
  dark: ['dark', 'darkness', 'donker', '-mnyama', 'lefifi', 'leswiswi', 'munyama', 'swiswi'],
  flood: [
    'flood-', 'flooded', 'oorstroom-', 'vloed-', '-khukhula', 'morwalela', 'mafula', 'rain', 'reen', '-mvula-', 'pula',
    // rain: Xitsonga mpfula, Zulu/isiNdebele izulu ("nakuna izulu", "izulu liyana"), Sepedi/Setswana dipula
    '-mpfula', 'izulu', 'lina', 'liyana', 'dipula', 'rains', 'raining', 'stormwater-',
  ],
  pipe: [
    'pipe-', 'burst-', 'tap', 'taps', 'main', 'mains', 'hydrant-', 'valve-', 'pyp-', 'gebars-', 'kraan', 'krane',
    '-payipi-', '-mbhobho-', '-mpompi-', 'phaephe', 'phaepe', 'phaipi-', 'phayiphi', 'pompo-', 'pombi', 'mokgopo', 'mekgopo',
  ],
  meter: ['meter', 'meters', 'metre', '-meter', 'mitha', '-mitha', 'mitara', 'imitha', 'metara', 'mithara', 'dimetara'],
  reading: [
    // "ga ba bale metara", "a va hlayi meter", "a vha vhali mithara", "abafundzi imitha": meters not read
    'bala', 'bale', 'balwa', 'hlaya', 'hlayi', 'hlayiwa', 'vhala', 'vhali', 'vhalwa', '-fundzi', 'fundza', 'akanya', 'ringanyeta', 'humbulela',
    'reading', 'readings', 'read', 'reads', 'reader', 'lesing', '-lesing', 'gelees', 'lees', '-fundwa', '-fund-', 'balw-',
    'estimat-', 'geskat', 'bill', 'billed', 'account', 'statement', 'rekening-',
  ],
  leak: ['leak-', 'lek', 'lekkasie', 'lekkende', 'lekkend', '-vuz-', 'dutla-', 'lutla-', 'burst-', 'gebars-'],
  loadshedding: ['loadshedding', '-loadshedding', 'load-shedding', 'shedding', 'loadsheding', '-loadsheding', 'beurtkrag', 'stage'],
  when: [
    'when', 'whens', 'wanneer', 'nini', 'neng', 'rini', 'lini', 'schedule', 'skedule', 'rooster', 'times', 'tye', 'tomorrow', 'tonight',
    'more', 'vanaand', 'kusasa', 'ngomso', 'ngakusasa', 'hosane', 'kamoso', 'gosasa', 'mundzuku', 'matshelo', 'iza', 'izoba', 'izokuba', 'itawuba',
    // Setswana leng "when"; "today", and when it starts
    'leng', 'today', 'vandag', 'gompieno', 'kajeno', 'lehono', 'namuhla', 'namhlanje', 'namuntlha', 'namusi', 'lamuhla',
    'start', 'starts', 'begin', 'begins', 'simolola', 'qala', 'timetable', 'timetables',
  ],
  // "not load-shedding", or an outage told as one ("no power for 8 hours", "wrong", "since")
  notIt: [
    'not', 'nie', 'hase', 'asiyo', 'akusiyo', 'ayisiyo', 'akusi', 'asiri', 'hasi', 'ase', 'no', 'geen', 'akukho', 'awukho', 'kute',
    'wrong', 'verkeerd', 'hours', 'days', 'since', 'sedert', 'ure', 'dae', 'still', 'steeds',
  ],
  thanks: [
    'thank', 'thanks', 'thankyou', 'thnx', 'thx', 'tnx', 'appreciate-', 'grateful', 'dankie', 'bedank', '-bonga', '-bulela',
    'enkosi', '-thokoza', 'leboha', 'leboga', 'lebogela', 'khensa', 'inkomu', 'livhuwa', 'ndolivhuwa',
  ],
  // a repair done: "fixed", "reggemaak", "ngokulungisa" (for fixing), "lokisitse", "nga u lugisa"
  fixed: [
    'fixed', 'fixing', 'repaired', 'repairing', 'sorted', 'restored', 'resolved', 'reggemaak', 'herstel', 'opgelos', 'gelos',
    '-lungis-', 'lokis-', 'baakant-', 'baakany-', 'lulamis-', 'lugis-', 'lokile', 'lungile',
  ],
  // a request or a complaint that goes on: then the thanks are only politeness
  request: [
    'please', 'pls', 'plz', 'plse', 'asseblief', 'asb', 'sicela', 'ngicela', 'ndicela', 'siyacela', 'ngiyacela', 'ndiyacela', 'nceda',
    'kopa', 'kgopela', 'humbela', 'kombela', 'sibawa', 'ngibawa', 'again', 'weer', 'still', 'steeds', 'but', 'maar', 'kodwa',
    'kodwana', 'empa', 'eupsa', 'kambe', 'not', 'nie', 'no', 'yet', 'nog', 'when', 'wanneer',
  ],
  water: ['-water', 'water', 'metsi', 'meetse', '-manzi', '-manti', 'mati', 'madi', 'madini', 'tap', 'taps', 'kraan', 'krane', 'pompo-', '-mpompi-'],
  // dirty: "ditšhila", "thyaka", "tshika", "leswe", "ngcolile", "amdaka", "itjhila"
  dirt: [
    'dirty', 'brown', 'vuil', 'bruin', 'ditshila', 'tshila', 'litshila', 'itjhila', 'leswe', 'maswe', 'thyaka', 'tshika', 'tshikafu',
    '-ngcolile', 'ngcolile', 'amdaka', '-daka', 'discoloured', 'cloudy', 'muddy',
  ],
  refuse: [
    'bin-', '-bini', 'dibine', 'bine', 'collect-', 'dump-', 'removal', 'truck-', 'landfill', 'skip', 'opgetel', 'verwyder-',
    '-thathw-', 'tsew-', 'nkuw-', 'tekiw-', 'dzhiiw-', 'asblik-', 'vullis-', '-doti', 'matlakala', 'ditlakala',
  ],
  sewer: [
    'drain-', '-drain', 'toilet-', '-toilet-', '-thoyilet-', 'thoilete', 'sewer-', 'sewage', 'riool-', 'indle', 'lendle', 'endle', 'wendle', 'yendle', 'zendle', 'sendle', 'kwendle', 'ilindle', '-lindle', 'boithomelo', '-dreyini', '-dreni', 'idrain',
    'ntlwana', 'manhole-', 'septic', 'honeysuck-',
  ],
  animal: [
    'dog', 'dogs', 'hond', 'honde', 'inja', '-nja', 'ntja', 'ntsa', 'ntswa', 'mpsa', 'mbyana', 'mmbwa', 'imbwa', 'cat', 'cats',
    'kat', 'katte', 'ikati', 'katse', 'donkey-', 'donkie-', 'esel-', 'horse-', 'perd', 'perde', 'cow', 'cows', 'goat-', 'bok',
    'bokke', 'imbuzi', 'inkomo', 'kgomo', 'pudi', 'animal-', 'cattle', 'livestock', 'vee', 'beeste', '-nkomo', '-nkhomo',
    'dikgomo', 'tihomu', '-kholomo', '-mbuzi', '-mbuti', 'dipudi', 'mbudzi', 'dimbudzi', 'sheep', 'skape', '-mvu', 'dinku', 'dier', 'diere', 'carcass-', 'karkas-', 'inkukhu', 'chicken-', 'hoender-',
  ],
  dead: [
    'dead', 'died', 'dooie', 'dood', 'vrek', 'gevrek', 'efile', 'ifile', 'lifile', 'lefile', 'ufile', 'afile', 'efileyo',
    'efileko', 'fileyo', 'fileko', 'sule', 'suleng', 'shwele', 'shweleng', 'hwile', 'hwilego', 'feke', 'faho', 'carcass-', 'karkas-',
  ],
  pressure: ['pressure', 'druk', 'waterdruk', 'presha', 'ingcindezi'],
  whole: [
    'whole', 'entire', 'hele', 'heel', 'yonke', 'sonke', 'sonkhe', 'yonkhe', 'lonke', 'lonkhe', 'ohle', 'otlhe', 'yohle',
    'yotlhe', 'kaofela', 'hinkwayo', 'hinkwaswo', 'yothe', 'zwothe', 'yoke',
  ],
  cable: [
    'cable-', 'kabel-', 'wire-', 'wiring', 'draad', 'drade', '-ntambo', '-ntsambo', 'ucingo', 'lucingo', '-cingo', 'mogala',
    'megala', 'dithapo', 'thapo', 'khebole', 'dikhebole', 'kabole', 'mincila', 'terata',
  ],
};
