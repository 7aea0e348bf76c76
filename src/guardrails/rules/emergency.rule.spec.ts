import { EmergencyFinding, EmergencyRule, emergencyKeepsReport, MODEL_RULE } from './emergency.rule';

type Kind = EmergencyFinding['kind'];

const rule = new EmergencyRule();
// The hand-written families alone, without the trained model's second opinion.
const handWritten = new EmergencyRule(null);

// [language, message, kind expected]
const EMERGENCIES: Array<[string, string, Kind]> = [
  // fire
  ['en', 'Help there is a fire at house 23 Mandela street', 'fire'],
  ['en', 'the grass is on fire with weeds next to the school', 'fire'],
  ['en', 'shack burning in section K, people inside', 'fire'],
  ['en', 'our house is on fier plz help', 'fire'],
  ['af', 'Die huis langsaan is aan die brand!', 'fire'],
  ['af', 'Die veld brand naby die skool', 'fire'],
  ['zu', 'Indlu iyasha eMamelodi, sicela usizo', 'fire'],
  ['zu', 'Kunomlilo emjondolweni wakwamakhelwane', 'fire'],
  ['xh', 'Indlu iyatsha, ncedani', 'fire'],
  ['xh', 'Kukho umlilo kwilokishi yethu', 'fire'],
  ['st', 'Ntlo e a tuka mona Thabong!', 'fire'],
  ['st', 'Ho na le mollo seterateng sa rona', 'fire'],
  ['tn', 'Ntlo e a sha kwa Mahikeng, thusang', 'fire'],
  ['tn', 'Go na le molelo fa gaufi le sekolo', 'fire'],
  ['nso', 'Ntlo e a swa, re thušeng', 'fire'],
  ['nso', 'Go na le mollo motseng', 'fire'],
  ['ts', 'Ku na ndzilo laha ka hina', 'fire'],
  ['ve', 'Hu na mulilo tsini ha tshikolo', 'fire'],
  ['ss', 'Kunemlilo endlini yami', 'fire'],
  ['nr', 'Kunomlilo ekhaya', 'fire'],
  ['ts', 'Xitolo xa hina xi ya tshwa, pfunani', 'fire'],
  ['ts', 'Tindlu ti ya tshwa eXitsungu, vana va le ndzeni', 'fire'],
  // injury
  ['en', 'A child fell and is bleeding badly near the park', 'injury'],
  ['en', 'man unconscious at the taxi rank, not breathing', 'injury'],
  ['en', 'someone is trapped under the wall that fell', 'injury'],
  ['en', 'a boy fell into an open manhole on Church street', 'injury'],
  ['af', 'Iemand is ernstig beseer by die kruising', 'injury'],
  ['af', 'Die man is bewusteloos langs die pad', 'injury'],
  ['zu', 'Umuntu ulimele kabi, uyopha', 'injury'],
  ['zu', 'Ingane iqulekile esikoleni', 'injury'],
  ['xh', 'Umntu wenzakele, uyopha kakhulu', 'injury'],
  ['xh', 'Utata akaphefumli, ncedani', 'injury'],
  ['st', 'Motho o lemetse haholo, o tswa madi', 'injury'],
  ['tn', 'Motho o gobetse, ga a heme', 'injury'],
  ['nso', 'Ngwana o idibetše, o tšwa madi', 'injury'],
  ['ts', 'Munhu u vavisekile swinene', 'injury'],
  ['ve', 'Muthu o huvhala nga maanḓa', 'injury'],
  ['ss', 'Umuntfu ulimele kakhulu', 'injury'],
  ['nr', 'Umuntu ulimele begodu uyopha', 'injury'],
  ['zu', 'Izindonga zawa phezu komfana, uvalelekile', 'injury'],
  ['nso', 'Marako a wetse godimo ga mosadi, o tswaletswe', 'injury'],
  ['xh', 'Abantwana babambekile phantsi kwendlu ewileyo', 'injury'],
  // violence
  ['en', 'my boyfriend is hitting me please help', 'violence'],
  ['en', 'he is hitting me', 'violence'],
  ['en', 'a woman was raped in the park last night', 'violence'],
  ['en', 'someone was stabbed at the tavern', 'violence'],
  ['en', 'there is a man with a gun outside', 'violence'],
  ['en', 'domestic violence next door, she is screaming', 'violence'],
  ['af', 'My man slaan my, help asseblief', 'violence'],
  ['af', 'Sy is verkrag naby die stasie', 'violence'],
  ['af', "Iemand is met 'n mes gesteek", 'violence'],
  ['zu', 'Umyeni wami uyangishaya', 'violence'],
  ['zu', 'Intombazane idlwenguliwe', 'violence'],
  ['zu', 'Ugwaziwe ngommese ethaveni', 'violence'],
  ['xh', 'Umyeni wam uyandibetha', 'violence'],
  ['xh', 'Intombi idlwengulwe emva kwesikolo', 'violence'],
  ['st', 'Monna wa ka o a nshapa', 'violence'],
  ['st', 'Ngwanana o betilwe', 'violence'],
  ['tn', 'Monna wa me o a mpetsa', 'violence'],
  ['tn', 'O tlhabilwe ka thipa', 'violence'],
  ['nso', 'Monna wa ka o a mpetha', 'violence'],
  ['nso', 'Mosetsana o katilwe', 'violence'],
  ['ts', 'Nuna wa mina u ndzi ba', 'violence'],
  ['ts', 'Xinhwanyana xi pfinyiwile', 'violence'],
  ['ve', 'Munna wanga u khou ndi rwa', 'violence'],
  ['ss', 'Indvodza yami iyangishaya', 'violence'],
  ['nr', 'Indoda yami iyangibetha', 'violence'],
  ['af', 'Hy skop nou weer sy vrou in die straat', 'violence'],
  ['zu', 'Ubaba ungishaya ngebhande, ngisize', 'violence'],
  ['en', 'my neighbour is kicking his girlfriend outside right now', 'violence'],
  ['nr', 'Umakhelwana ushaya umkakhe, sizani', 'violence'],
  ['st', 'Monna o otla mosadi wa hae seterateng', 'violence'],
  ['ve', 'Musidzana o wela mulamboni, thusani', 'drowning'],
  ['xh', 'Inkwenkwe ikhukhulwe ngamanzi, ayibonakali', 'drowning'],
  ['ss', 'Lucingo lwagesi luwele emgwaceni, bantfwana badlala lapho', 'electrocution'],
  ['ts', 'Mati ya nghenile etindlwini ta hina, vana va le ndzeni', 'flooding'],
  ['xh', 'Utata ubambeke ngaphantsi kwemoto', 'injury'],
  ['st', 'Ngwana o tshwarehile ka tlasa lebota', 'injury'],
  ['af', 'Die kaia agter ons huis brand, help!', 'fire'],
  ['en', 'my uncle fell off the ladder and shes not moving', 'injury'],
  ['en', 'taxi washed off the bridge into the river, people still inside', 'drowning'],
  ['zu', 'Amasela ahlomile ngezibhamu asesitolo', 'violence'],
  ['af', 'Hy het sy vrou gister en nou weer met n plank geslaan', 'violence'],
  ['af', 'Die seuntjie is onder die hek vasgedruk', 'injury'],
  ['tn', 'Mosimane o wetse mo molapong', 'drowning'],
  ['nso', 'Monna o itia ngwana wa gagwe ka lepara', 'violence'],
  ['ve', 'Mutukana o fariwa nga mudagasi tsini ha pale', 'electrocution'],
  ['ve', 'Thambo ya mudagasi yo wela fhasi tshikoloni', 'electrocution'],
  ['en', 'roof of the shed fell in, there is a man under the rubble', 'injury'],
  ['en', 'my brother got shocked fixing the connection, he is lying there', 'electrocution'],
  ['zu', 'Ingane ingaphansi komthi owile, ayikwazi ukuphuma', 'injury'],
  ['xh', 'Kukho inkwenkwe ebethwa ngabantu esitratweni', 'violence'],
  ['af', 'Oupa sit vas in die kar in die water', 'injury'],
  ['nr', 'Ikhebula yegezi iwele phasi, umntwana uyithintile', 'electrocution'],
  ['en', 'a mob is beating a man at the taxi rank, they will kill him', 'violence'],
  ['en', 'my stepfather is beating the kids with a sjambok', 'violence'],
  ['st', 'Ho na le terata ya motlakase e wetseng seterateng', 'electrocution'],
  ['tn', 'Ngwana o gogilwe ke metsi a noka', 'drowning'],
  ['af', 'Die kind het in die oop mangat geval', 'drowning'],
  ['xh', 'Amadoda anemipu ahlasela abantu', 'violence'],
  ['zu', 'Isixuku sishaya umfana emakethe, sizombulala', 'violence'],
  ['st', 'Mosimane o kgukgunetswe ke metsi a noka', 'drowning'],
  ['ts', 'Rirhangu ri wile ehenhla ka vanhu', 'injury'],
  ['en', 'a live cable is lying in our street, nobody hurt yet but kids walk past', 'electrocution'],
  ['zu', 'Ugogo ushaywa yindodana yakhe manje', 'violence'],
  ['xh', 'Kukho amadoda abaneemela ahlasela umntu evenkileni', 'violence'],
  ['en', 'family stranded on the roof, water still rising', 'flooding'],
  ['en', 'small girl fell into a deep hole at the park', 'injury'],
  ['tn', 'Ngwana o wetse mo ntlwaneng ya sekolo', 'injury'],
  ['ts', 'Jaha ri wele ematini, a ri koti ku hlambela', 'drowning'],
  ['xh', 'Kutsha indlu yam, ncedani', 'fire'],
  ['st', 'Lebota le mo weletse ngwana, thusang', 'injury'],
  ['zu', 'Le ndoda inommese, isongela abantu', 'violence'],
  // electrocution
  ['en', 'A child was electrocuted by a fallen cable on Main road', 'electrocution'],
  ['en', 'live wire lying on the road outside the school', 'electrocution'],
  ['en', 'cable fell from the pole and is touching the shack roof', 'electrocution'],
  ['en', 'my neighbour got electricuted', 'electrocution'],
  ['af', 'Die kragdraad lê op die grond voor die skool', 'electrocution'],
  ['af', 'Iemand is ge-elektrokuteer by die transformator', 'electrocution'],
  ['zu', 'Ingane ishaywe ugesi', 'electrocution'],
  ['zu', 'Izintambo zikagesi ziwile emgwaqweni', 'electrocution'],
  ['xh', 'Umntwana ubanjwe ngumbane', 'electrocution'],
  ['xh', 'Iintambo zombane ziwile esitratweni', 'electrocution'],
  ['st', 'Ngwana o tshwerwe ke motlakase', 'electrocution'],
  ['st', 'Dithapo tsa motlakase di wele tseleng', 'electrocution'],
  ['tn', 'Megala ya motlakase e wetse fa fatshe', 'electrocution'],
  ['tn', 'Monna o tshwerwe ke motlakase', 'electrocution'],
  ['nso', 'Megala ya mohlagase e wele tseleng', 'electrocution'],
  ['nso', 'Ngwana o swerwe ke mohlagase', 'electrocution'],
  ['ts', "N'wana u khomiwe hi gezi", 'electrocution'],
  ['ve', 'Ṅwana o farwa nga mudagasi', 'electrocution'],
  ['ss', 'Umntfwana ubanjwe ngugesi', 'electrocution'],
  ['nr', 'Umntwana ubanjwe ligezi', 'electrocution'],
  // drowning
  ['en', 'child drowning in the river at the low bridge', 'drowning'],
  ['en', 'a car was swept away at the causeway', 'drowning'],
  ['af', "'n Kind verdrink in die dam", 'drowning'],
  ['zu', 'Ingane iyaminza emfuleni', 'drowning'],
  ['xh', 'Umntwana uyarhaxwa emlanjeni', 'drowning'],
  ['st', 'Ngwana o a qwela nokeng', 'drowning'],
  ['tn', 'Ngwana o a nwela mo nokeng', 'drowning'],
  ['nso', 'Ngwana o a nwela nokeng', 'drowning'],
  ['ve', 'Ṅwana o nwela mulamboni', 'drowning'],
  ['ss', 'Umntfwana uyaminza edamini', 'drowning'],
  // flooding
  ['en', 'Our houses are flooding because of a burst water main', 'flooding'],
  ['en', 'water is up to our knees, the river came up', 'flooding'],
  ['en', 'Sewage is flooding into our homes', 'flooding'],
  ['af', 'Ons huis staan onder water', 'flooding'],
  ['af', 'Die water kom in die huis in van die gebarste pyp', 'flooding'],
  ['zu', 'Amanzi angene endlini ngenxa yepayipi eliqhumile', 'flooding'],
  ['xh', 'Indlu izele ngamanzi', 'flooding'],
  ['xh', 'Izikhukhula zingene emakhaya', 'flooding'],
  ['st', 'Metsi a kena ka tlung ka lebaka la phaephe e phatlohileng', 'flooding'],
  ['tn', 'Metsi a tsena mo ntlong', 'flooding'],
  ['nso', 'Meetse a tsena ka ntlong, re na le mafula', 'flooding'],
  ['ts', 'Mati ya nghena endlwini', 'flooding'],
  ['ve', 'Maḓi o dzhena nnḓuni', 'flooding'],
  ['nr', 'Iinkhukhula zithathe izindlu', 'flooding'],
];

// Said the everyday way: a cable fell on or is held by a person who no longer moves, a partner beating someone
// now, a house burning with children inside.
const FLOODING_HOMES: Array<[string, string, Kind]> = [
  ['xh', 'Umlambo uphuphumile, amanzi angene ezindlwini zabantu', 'flooding'],
  ['zu', 'Amanzi angena emakhaya ethu, sicela usizo', 'flooding'],
];

const EVERYDAY: Array<[string, string, Kind]> = [
  ['en', 'A wire fell on a boy and he is not moving, please hurry', 'electrocution'],
  ['en', 'my neighbour is lying on the ground holding the cable, he is not moving', 'electrocution'],
  ['en', 'The power line snapped and hit a woman, she is unconscious', 'electrocution'],
  ['en', 'house burning with the kids inside HELP', 'fire'],
  ['en', 'yesterday a transformer caught fire, it is still burning now', 'fire'],
  ['af', "'n Kragdraad het op 'n seuntjie geval en hy roer nie", 'electrocution'],
  ['af', 'Die huis brand en die kinders is binne!', 'fire'],
  ['zu', 'Intambo kagesi iwele phezu kwengane, ayinyakazi', 'electrocution'],
  ['zu', 'Umfana uthinte intambo kagesi manje akanyakazi', 'electrocution'],
  ['zu', 'Indoda ishaya umfazi wayo manje', 'violence'],
  ['xh', 'Ucingo lombane luwele phezu komntwana, akashukumi', 'electrocution'],
  ['xh', 'Inkwenkwe ibambe ucingo lombane, ayishukumi, khawulezani', 'electrocution'],
  ['xh', 'Intambo yombane iwe phezu kwendoda', 'electrocution'],
  ['xh', 'Indoda ibetha umfazi wayo ngoku, ncedani', 'violence'],
  ['st', 'Terata ya motlakase e wetse hodima moshanyana, ha a sisinyehe', 'electrocution'],
  ['st', 'Ngwana o tshwerwe ke terata ya motlakase, o idibetse', 'electrocution'],
  ['st', 'Monna wa ka o a ntlhasela hona joale, thusang', 'violence'],
  ['st', 'Monna o shapa mosadi wa hae jwale', 'violence'],
  ['tn', 'Mogala wa motlakase o wetse mo godimo ga mosimane, ga a tshikinyege', 'electrocution'],
  ['tn', 'Mosimane o tshwerwe ke mogala wa motlakase', 'electrocution'],
  ['tn', 'Monna wa me o a nkitaya jaanong, nthuseng', 'violence'],
  ['tn', 'Moagisani o betsa mosadi wa gagwe gone jaanong', 'violence'],
  ['nso', 'Mošemane o kgwathile mogala wa mohlagase, o idibetše', 'electrocution'],
  ['nso', 'Mogala wa mohlagase o wetše godimo ga mošemane, ga a šikinyege', 'electrocution'],
  ['nso', 'Monna o betha mosadi wa gagwe bjale', 'violence'],
  ['nso', 'Ke a bethwa ke monna wa ka', 'violence'],
  ['ts', 'Yindlu ya tshwa, vana va le ndzeni!', 'fire'],
  ['ts', 'Ntambhu ya gezi yi wele ehenhla ka mufana', 'electrocution'],
  ["ts", "N'wana u khumbe ntambhu ya gezi a nga ha hefemuli", 'electrocution'],
  ['ve', 'Nnḓu i a swa vhana vha ngomu', 'fire'],
  ['ve', 'Muṱukana o farwa nga waya wa mudagasi', 'electrocution'],
  ['ss', 'Intsambo yagesi iwele emfanyaneni, akanyakati', 'electrocution'],
  ['nr', 'Intambo yegezi iwele umsana, akanyakazi', 'electrocution'],
  // a past time does not dismiss a person harmed, nor a danger still going on
  ['en', 'We reported the hanging cable last week, now a child was electrocuted', 'electrocution'],
  ['en', 'The fire last week injured three people and the shack is gone', 'injury'],
  ['en', "There was a fire yesterday and it's out of control now", 'fire'],
  ['af', 'Die kragdraad het gister geval en lê nog steeds in die straat', 'electrocution'],
  ['zu', 'Sabika intambo kagesi ngesonto eledlule, ingane ishaywe ugesi', 'electrocution'],
  ['st', 'Monna wa ka o nshapile maobane mme o tla boela a nshapa', 'violence'],
  ['en', 'they shot him, I have video of it', 'violence'],
];

// Told as over and done, or "shoot" in its camera and email senses.
const PAST_OR_FIGURATIVE = [
  'there was a fire at the dump last week, now the smoke is gone',
  'our shack burned down last month and we still have no help from the council',
  'Last year the river flooded our houses, please build a wall',
  'The bridge was damaged by floods last year and still not fixed',
  "Daar was verlede week 'n brand by die stortingsterrein, nou is die rook weg",
  'Kwaba nomlilo ezibukweni ngesonto eledlule, manje intuthu ayisekho',
  'Bekukho umlilo kwiveki ephelileyo, ngoku ayisekho',
  'Ho bile le mollo beke e fetileng, jwale mosi o fedile',
  'Go bile le mollo maabane, bjale o timilwe',
  "the shack fire last week is out now but three families have no roof",
  'there was a fire at the school last month, now the burnt desks are still lying outside',
  'Go ne go na le molelo kwa mmarakeng beke e e fetileng, jaanong go setse molora fela',
  'Ho bile le mollo bekeng e fetileng, jwale re hloka dibini tse ntjha',
  'this open manhole is going to kill someone one day',
  'Umlilo wezolo usucimile, sicela nisuse izibi',
  'this heat is killing us and still no water',
  'die hoe mas lig by die kliniek brand nie, dis donker snags',
  'the river flooded the low bridge, nobody is in danger but cars cannot pass',
  'skiet vir my asseblief die verwysingsnommer',
  'small fire in the kitchen this morning, we put it out and everyone is fine',
  'Umgwaqo ugcwele amanzi, kodwa akekho olimele',
  'Uma kukhona umlilo ngishayele bani?',
  'that pothole murdered my tyre this morning',
  'the drilling at the roadworks sounds like gunshots',
  'is there a number for fires or do I report fires here?',
  'last month a boy fell into the open manhole, luckily he was fine, please cover it',
  'there was a fire at the dump in March, the ash is still lying there',
  'who do I call if there is ever a fire at the hall?',
  'Lo mgodi uzosibulala, lungisani umgwaqo',
  'please shoot me the reference number again',
  'please shoot photos of the damaged bridge for the report',
  'shoot me an email when the water is back',
  'We shot a video of the burst pipe yesterday',
  'shoot, I forgot my account number',
  "Skiet asseblief foto's van die beskadigde brug",
  'Can someone fire up the generator at the clinic',
  // cables and electricity without anyone hurt
  'A tree fell on the power lines in Jacaranda street',
  'Cable theft hit people in Soweto again, no lights for days',
  'Ngicela uthinte umphathi wakho mayelana nogesi',
  'Ndicela undifowunele, ucingo lwam alusebenzi',
  'Mogala wa me ga o bereke, ke kopa le ntletsetse',
  'Mohlagase ga o gona go tloga beke ye e fetilego',
];

const CODE_SWITCHED: Array<[string, Kind]> = [
  ['Sicela usizo, kune fire eduze ne-school', 'fire'],
  ['Please help, my neighbour uyangishaya', 'violence'],
  ['Eish, the cable ya motlakase e wele on the road', 'electrocution'],
  ['HELP!!! FIREEEE', 'fire'],
];

const ORDINARY = [
  // the tricky negatives from the issue
  'the fire hydrant is leaking',
  'kill the power to the burst pole',
  'fire the lazy contractor',
  'the pipe is dying',
  'load shedding is killing us',
  'my account is a disaster',
  'the dog died in the road',
  // ordinary reports sharing words with emergencies
  'There has been no water supply in Riverlea since Monday',
  'Water pipe burst outside number 45 Jacaranda Street',
  'Exposed electrical wires at the substation gate, children play there',
  'Blocked sewer line, toilet water coming back into the house',
  'Pit latrine collapsed at house 1123 in the informal settlement',
  'The pavement is broken and people are tripping',
  'A tree branch is hanging over the power lines in the park',
  'Overgrown open plot next to the clinic is a hiding place for criminals',
  'please fix the open cables before someone gets electrocuted',
  'the robot is not working, there will be an accident',
  'Street flooded after the rain, the drains are blocked',
  'No water in the house since Monday',
  'I am drowning in debt because of this bill',
  'Please cut the fire break behind the houses',
  'The road to the fire station has potholes',
  'I got a shock when I saw my bill',
  'the transformer blew last night, no power',
  'Cable theft again, no electricity',
  'The dumping is a fire hazard',
  'Amanzi awekho endlini',
  'Motlakase o timile motseng wohle',
  'Mabone a seterata a shwele',
  'Ga re na meetse matšatši a mabedi bjale',
  'Die brandkraan lek',
  'Ons sit sonder krag sedert vanoggend vroeg',
  'Indlu encane yomphakathi ivalekile futhi iyanuka',
  'Umbane ucimile kuyo yonke le lokishi',
  'Mati ya nghena ke? A hi na mati',
  'Ngicela ningishayele ucingo',
  'Thank you',
];

// Families learnt from messages written without sight of the rules: homes swept away and people on the roofs,
// a person swept away or swallowed by the water, someone under a fallen wall, a fall into a hole, gas with a
// person overcome, a home burning with its own concord, a mob beating someone, guns in the plural.
const NEW_FAMILIES: Array<[string, string, Kind]> = [
  // homes swept away by the water
  ['zu', 'Umfula ukhukhule imijondolo yethu ebusuku', 'flooding'],
  ['xh', 'Amanzi akhukhula iindlu ezisezantsi', 'flooding'],
  ['st', 'Noka e hohola matlo a baahi', 'flooding'],
  ['tn', 'Metsi a gogotse dintlo tsa baagi', 'flooding'],
  ['ve', 'Mulambo u khou kukula nndu dza vhathu', 'flooding'],
  ['en', 'the river washed away our homes, please send boats', 'flooding'],
  // people gone up onto the roofs in a message about the water
  ['zu', 'Amanzi ayakhuphuka, izingane zikhwele ophahleni lwesikole', 'flooding'],
  ['tn', 'Metsi a tletse motse, bana ba palame marulelo a ntlo', 'flooding'],
  ['ts', 'Mati ya tele, vana va khandziye ehenhla ka xikolo', 'flooding'],
  ['ve', 'Madi o dala, vhana vho gonya ntha ha tshikolo', 'flooding'],
  ['en', 'flood water everywhere and families are sitting on their roofs', 'flooding'],
  // a person swept away, swallowed by the water, drowning in it
  ['zu', 'Umfula ukhukhula ingane ebhulohweni, siza', 'drowning'],
  ['st', 'Metsi a hohotse mosimane nokeng', 'drowning'],
  ['ts', 'Mufana u mitiwile hi nambu', 'drowning'],
  ['ve', 'Musidzana o khou nwela mulamboni', 'drowning'],
  // someone under what fell, or a wall fallen onto people
  ['en', 'the roof of the hall caved in, one man is still under the rubble', 'injury'],
  ['en', 'a wall fell on three workers at the site', 'injury'],
  ['xh', 'Udonga luwile, umntwana usephantsi kwalo', 'injury'],
  ['tn', 'Lobota lo wetse, mosimane o sa ntse a le ka fa tlase ga lone', 'injury'],
  ['nr', 'Idonga liwele phezu kwagogo', 'injury'],
  ['nso', 'Leboto le weletše bašomi ba mmasepala', 'injury'],
  // a fall into a hole, and cannot get out
  ['st', 'Ngwana o wele ka hare ho sekoti se butsweng', 'injury'],
  ['tn', 'Ngwana o tsene mo phaepeng e kgolo, ga a kgone go tswa', 'injury'],
  // gas and a person overcome; a fall and no longer speaking or breathing
  ['xh', 'Kukho ivumba legesi endlini, utata uwile akasathethi', 'injury'],
  ['en', 'gas leak in the flat and my neighbour collapsed', 'injury'],
  ['st', 'Ho na le monko wa gase ka tlung, ntate o wele', 'injury'],
  ['en', "grandpa fell in the bathroom and he's not speaking", 'injury'],
  ['af', 'Oupa het van die leer afgeval en haal skaars asem', 'injury'],
  ['ve', 'Mukegulu o wa, a si tshee a tshi fema', 'injury'],
  // a home burning, said with its own concord
  ['st', 'Mokhukhu wa moahisani o a cha, re thuseng', 'fire'],
  ['st', 'Lebenkele la rona le a cha', 'fire'],
  // someone being beaten by a group; guns in the plural
  ['st', 'Ho na le mosadi ya shapuwang ke banna mona', 'violence'],
  ['ts', 'Ku na vanhu lava nga na swibamu exitolo', 'violence'],
];

// The near misses of those families: hyperbole, workers on a roof, a thing under a wall, lights that are on.
const NEW_FAMILIES_NEAR_MISSES = [
  'the whole township is drowning in garbage',
  'Ons straat verdrink in vuilgoed',
  'Sesiminza kudoti lapha eKwaThema',
  'Siyarhaxwa ziinkunkuma kule lali',
  'Loadshedding e a re bolaya mona',
  'Hierdie slaggate maak ons dood',
  'what number do I phone if there is a fire at night?',
  'Ngicela inombolo engizoyishayela uma kukhona umlilo',
  'Ke kopa nomoro ya go leletsa fa go na le molelo',
  'my heart is burning over this electricity bill',
  'Abasebenzi bakhwele ophahleni ukulungisa ithangi lamanzi',
  'the workers are on the roof repairing the water tank',
  'the wall is cracked and the water meter is under it',
  'Udonga luwile, umgwaqo usengaphansi kwamanzi',
  'Lebone la seterata ka pela ntlo ya rona le tuka motshehare',
  'there is a smell of gas near the substation, please check',
  'the pole fell and the councillor is not answering our calls',
  'bana ga ba kgone go tshameka ka gobane bojang bo boleele',
  'Izinja zasemgwaqweni zihlasela abantwana njalo',
];

describe(EmergencyRule.name, () => {
  describe('detect', () => {
    it.each(FLOODING_HOMES)('finds homes flooding in %s: %s', (_language, text, kind) => {
      expect(rule.detect(text)?.kind).toBe(kind);
    });

    it.each(EMERGENCIES)('finds the emergency in %s: %s', (_language, text, kind) => {
      expect(rule.detect(text)?.kind).toBe(kind);
    });

    it.each(EVERYDAY)('finds the emergency told the everyday way in %s: %s', (_language, text, kind) => {
      expect(rule.detect(text)?.kind).toBe(kind);
    });

    it.each(PAST_OR_FIGURATIVE)('leaves a past event or a figurative use alone: %s', (text) => {
      expect(rule.detect(text)).toBeNull();
    });

    it.each(CODE_SWITCHED)('finds the emergency in a code-switched or shouted message: %s', (text, kind) => {
      expect(rule.detect(text)?.kind).toBe(kind);
    });

    it.each(ORDINARY)('leaves an ordinary report alone: %s', (text) => {
      expect(rule.detect(text)).toBeNull();
    });

    it.each(NEW_FAMILIES)('finds the emergency in a newly learnt family in %s: %s', (_language, text, kind) => {
      expect(rule.detect(text)?.kind).toBe(kind);
    });

    it.each(NEW_FAMILIES_NEAR_MISSES)('the hand-written families leave a near miss of a newly learnt family alone: %s', (text) => {
      expect(handWritten.detect(text)).toBeNull();
    });

    it('asks the trained model when no family matches, and names it as the rule', () => {
      const text = 'my neighbour is lying on the floor, not moving and her lips are blue';
      expect(handWritten.detect(text)).toBeNull();
      expect(rule.detect(text)).toEqual({ kind: 'injury', rule: 'model', municipalHazard: false });
    });

    it('does not let the model overrule a family that found the danger over or benign', () => {
      for (const text of ['the fire at the dump last week was put out', 'the fire hydrant on the corner is leaking']) {
        expect(rule.detect(text)).toBeNull();
      }
    });

    it('returns null for empty text', () => {
      expect(rule.detect('')).toBeNull();
    });

    it('names the pattern family, never the message, when one fires', () => {
      const finding = rule.detect('my boyfriend is hitting me');
      expect(finding).toEqual({ kind: 'violence', municipalHazard: false, rule: 'violence.assault' });
    });

    it('prefers violence when a message is also about an injury, so the GBV number is given', () => {
      expect(rule.detect('he stabbed her and she is bleeding')?.kind).toBe('violence');
    });

    it('gives the same answer every time', () => {
      const text = 'Izintambo zikagesi ziwile emgwaqweni';
      expect(rule.detect(text)).toEqual(rule.detect(text));
    });
  });

  describe('municipalHazard', () => {
    it.each([
      'Live wire fell from the pole and is touching the shack roof',
      'The transformer is on fire',
      'Our homes are flooding from a burst water main',
      'Sewage is flooding into our homes',
      'a boy fell into an open manhole on Church street',
      'Izintambo zikagesi ziwile emgwaqweni',
      'Megala ya motlakase e wetse fa fatshe',
      'Die kragdraad lê op die grond voor die skool',
      'Amanzi angene endlini ngenxa yepayipi eliqhumile',
      'Itransformer iyasha esitratweni',
      'Intsambo yagezi iwele phansi, umntfwana uyithintile',
    ])('is true when the emergency is also a municipal fault: %s', (text) => {
      expect(rule.detect(text)).toMatchObject({ municipalHazard: true });
    });

    it.each([
      'Our house is on fire',
      'Houses flooded after heavy rain',
      'my son got electrocuted by the kettle',
      'a woman was stabbed at the tavern',
      'man unconscious at the taxi rank',
      'Ingane iyaminza emfuleni',
    ])('is false when the emergency is not a municipal fault: %s', (text) => {
      expect(rule.detect(text)).toMatchObject({ municipalHazard: false });
    });
  });
});

describe('EmergencyRule families from the blind-10 / blind-11 reviews', () => {
  const families = new EmergencyRule(null);

  it.each([
    // cannot be woken (brazier smoke) and breathing with difficulty
    ['en', 'We cannot wake my grandmother, the brazier was on all night', 'injury'],
    ['zu', 'Asikwazi ukumvusa umama, indlu igcwele umsi wembawula', 'injury'],
    ['ss', 'Umndeni wakhe awuvuki ekuseni, kunephunga lembawula', 'injury'],
    ['ts', 'Vana a va pfuki, ku tele musi endlwini', 'injury'],
    ['tn', 'Ga ba tsoge, ntlo e tletse mosi wa mbaola', 'injury'],
    ['en', 'my son is struggling to breathe after eating peanuts', 'injury'],
    ['zu', 'Umntwana uphefumula kanzima, sicela i-ambulensi', 'injury'],
    // buried by a collapsed trench
    ['en', 'A labourer was buried alive when the trench caved in on Main road', 'injury'],
    ['zu', 'Umsebenzi ugqitshwe ngumhlabathi emseleni, siyamemba', 'injury'],
    ['st', 'Mosebetsi o patilwe ke mobu ka foro, re leka ho mo ntsha', 'injury'],
    // snakebite
    ['en', 'A snake bit my daughter in the yard, her leg is swelling', 'injury'],
    ['zu', 'Ingane ilunywe yinyoka ensimini', 'injury'],
    ['st', 'Ngwana o lomilwe ke noha, re thuse', 'injury'],
    ['af', "My seun is deur 'n slang gepik", 'injury'],
    // swept away by water, in the passive, with people there
    ['st', 'Taxi ya batho e hoholwa ke metsi mo nokeng', 'drowning'],
    ['nso', 'Koloi e gogolwa ke meetse, batho ba ka gare', 'drowning'],
    ['zu', 'Imoto ikhukhulwa ngamanzi, kukhona abantu ngaphakathi', 'drowning'],
    ['ve', 'Madi a khou kokodza musadzi mulamboni', 'drowning'],
    // gas and people collapsing
    ['en', 'Gas leaking in the classroom and the learners are fainting', 'injury'],
    ['zu', 'Kunephunga legesi efektri, abasebenzi bayawa', 'injury'],
  ] as Array<[string, string, Kind]>)('[%s] finds %p as %s', (_lang, text, kind) => {
    expect(families.detect(text)).toMatchObject({ kind });
  });

  it.each([
    // hyperbole about money
    'The electricity bill is killing me, check my meter',
    'This account is pure murder, R3 000 for water',
    'Akhaonte ya ka e a mpolaya ka ditefello tse phahameng, lekola',
    'Intengo kagesi iyangibulala, sicela nihlole imitha',
    'Ntsengo wa mati wu ta ndzi dlaya, kambelani mitara',
    // damage to things, and warnings about a hazard
    'The potholes on Long street will kill our cars',
    'Sekoti sena se tla bolaya dikoloi tsa rona',
    'Mosima o tla bolaya motho ka letsatsi le lengwe',
    // a question for later
    "What is the fire brigade's number? I want to keep it on my fridge",
    // a fire told as over, nobody hurt
    'Umlilo wezolo emgqonyeni ucinyiwe, sicela nithathe umlotha',
    'Isiphepho siwise umuthi, akukho muntu olimele',
    // near misses of the new families
    "I can't wake up early enough to queue at the office",
    'The pipe is buried under the sand, we cannot find the leak',
    'There is a snake in our yard, please send someone to remove it',
    'The smell of gas from the depot bothers us',
    'Straatlig voor ons huis in Dahliastraat brand al twee weke nie',
    'Ke batla ho fetola lebitso la akhaonto, ntate o hlokahetse',
    'Ndi toda u shandukisa dzina la akhaunte, khotsi anga o lovha',
    // a bridge washed away that people cannot cross is a road to rebuild
    'Ibhuloho lakithi likhukhuliwe yimvula, izingane azikwazi ukuwela',
    'Borokgo bo hohotswe ke pula, bana ha ba kgone ho tshela',
  ])('does not flag %p', (text) => {
    expect(families.detect(text)).toBeNull();
  });

  it('still finds people in the water when a bridge is washed away', () => {
    expect(families.detect('Libhuloho likhukhuliwe, kunemoto enebantfu emanzini')).toMatchObject({ kind: 'drowning' });
  });

  it('still finds a threat from a person, whatever the bill', () => {
    expect(families.detect('Ke sa lefa tefo, monna wa ka o tla mpolaya')).toMatchObject({ kind: 'violence' });
  });
});

describe('EmergencyRule: figures of speech, things told as over, and outages that are still so', () => {
  const handWritten = new EmergencyRule(null);

  it.each([
    'I almost had a heart attack when I saw the account this month',
    'Watter nommer moet ek stoor vir die ambulans en brandweer?',
    'the transformer burnt out on Sunday, when will it be fixed',
    'the low-level bridge is flooded again, we have to drive around',
    'the fire at the dump yesterday was put out but there is still no water',
    'Umlilo wezolo usucimile kodwa namanje asinawo amanzi',
    'siminza ngerabhishi lapha eNtuzuma',
    'Muri wo wela kha nnḓu, a hu na we a huvhala',
    'Umduli uwe izolo, akakho olimeleko',
  ])('leaves alone: %s', (text) => {
    expect(handWritten.detect(text)).toBeNull();
  });

  it.each([
    'my father is having a heart attack please send an ambulance',
    'the bridge is flooded and a taxi with people is being swept away',
    'the shack next door is burning and there is still no water to put it out',
    'yesterday the shack burnt, there is still no water and the fire is still burning',
  ])('still finds the danger in: %s', (text) => {
    expect(handWritten.detect(text)).not.toBeNull();
  });
});

describe('EmergencyRule: crime and stray dogs told as a habit, and the same happening now', () => {
  const handWritten = new EmergencyRule(null);

  it.each([
    'Izinja ezizulazulayo ziyahlasela izingane endleleni eya esikoleni',
    'Dimpša tše di se nago beng di hlasela bana',
    'sicela nilungise isibani somgwaqo, izigebengu ziyasihlasela lapha',
    'Ka kgopelo lokišang mabone a setarata, batho ba a hlaselwa bošego',
  ])('a complaint, not an emergency: %s', (text) => {
    expect(handWritten.detect(text)).toBeNull();
  });

  it.each([
    'Izinja zihlasela umntwana manje, sizani',
    'Dimpša di hlasela ngwana bjale, re thušeng',
    'the street light is broken and two men are attacking a woman right now with a knife',
  ])('an attack happening now: %s', (text) => {
    expect(handWritten.detect(text)).not.toBeNull();
  });
});

describe('EmergencyRule: warnings about a hole, and what the model may read', () => {
  it.each([
    'please cover the open manhole near the school before a child falls in',
    'Sicela niwuvale umgodi ngaphambi kokuba kuwele ingane',
    'Tswalang mosima pele ngwana a wela mo teng',
  ])('a warning, with or without the model: %s', (text) => {
    expect(new EmergencyRule(null).detect(text)).toBeNull();
    expect(new EmergencyRule().detect(text)).toBeNull();
  });

  it('still finds a child who has fallen in', () => {
    expect(new EmergencyRule(null).detect('Ingane iwele emgodini, sizani manje')).not.toBeNull();
    expect(new EmergencyRule(null).detect('a child fell into the open manhole before we could stop him, we cant see him')).not.toBeNull();
  });
});

describe('emergencyKeepsReport', () => {
  it('keeps the report of a municipal hazard and of a danger only the model saw, not of one the rules are sure of', () => {
    expect(emergencyKeepsReport({ kind: 'electrocution', rule: 'electrocution.live-cable', municipalHazard: true })).toBe(true);
    expect(emergencyKeepsReport({ kind: 'injury', rule: MODEL_RULE, municipalHazard: false })).toBe(true);
    expect(emergencyKeepsReport({ kind: 'fire', rule: 'fire.burning', municipalHazard: false })).toBe(false);
  });
});

describe('EmergencyRule: drownings told as a warning, and money that is "killing" us', () => {
  const handWritten = new EmergencyRule(null);

  it.each([
    'A child drowned in this pond last year, please fence it before it happens again',
    'Last December a little boy drowned in the old quarry dam. Please fence it',
    'ingane yaminza kuleli chibi ngonyaka odlule sicela nibiyele',
    'umntwana warhaxwa kweli chibi kunyaka ophelileyo nceda nilibiyele',
    'ngwana o ne a nwela mo letamong leno ngogola tsweetswee le agele legora',
    'umntfwana waminta kulelidamu umnyaka lophelile sicela nibiyele',
    'umntwana waminza kileli damu nyakenye sibawa nilibiyele',
    'ri khou nwela mathukhwini hafha Thohoyandou',
    'Bili ena ya motlakase e a mpolaya, R1 800!',
    'Pili ye ya mohlagase e a mpolaya R3600',
    'hierdie kragrekening maak my dood R3800 vir n klein huisie',
    'die munisipaliteit vermoor ons met hierdie tariewe regtig',
    'this load shedding is murder, when is stage 4?',
    'ihayidranti yomlilo kwisitalato iNgwenya ivuza iintsuku ezintathu',
    'die transformator het uitgebrand na die brand gisteraand, die brand is lankal uit',
    'n boom het op ons muur geval niemand is seer nie',
  ])('leaves alone: %s', (text) => {
    expect(handWritten.detect(text)).toBeNull();
  });

  it.each([
    'A child drowned in the dam last year and now another child is in the water, help',
    'we reported the open dam last week and a child drowned',
    'ingane iyaminza edamini manje',
  ])('still finds the drowning in: %s', (text) => {
    expect(handWritten.detect(text)?.kind).toBe('drowning');
  });
});

describe('EmergencyRule: medical emergencies, poisoning, scalds, suicide and crime in progress', () => {
  const handWritten = new EmergencyRule(null);

  it.each<[string, Kind]>([
    ["My 2 year old drank paraffin out of a cooldrink bottle, she's coughing and vomiting", 'injury'],
    ['Kgaitsedi ya ka o metse dipilisi tse ngata, o a otsela, ka kopo potlakang', 'injury'],
    ['Udade wethu uginye iipilisi ezininzi, uyozela, khawulezani', 'injury'],
    ['Sesi wa mina u mitile tiphilisi to tala, wa etlela, hatlisani', 'injury'],
    ['Khaladzi anga o mila phiritsi nnzhi, u khou eḓela, ṱavhanyani', 'injury'],
    ['umkhulu uyadlikiza esiteshini samabhasi ukhihliza amagwebu', 'injury'],
    ['Intombi yam ixhuzula ngoku, ayiyeki ukungcangcazela', 'injury'],
    ["My dogter kry 'n epileptiese aanval en dit hou nie op nie, help asb", 'injury'],
    ['baba verstik hy word blou', 'injury'],
    ['Ngicabanga ukuthi umyeni wami uhlaselwe yinhliziyo, ubambe isifuba futhi ujuluka kakhulu', 'injury'],
    ['Ntate o wele fatshe o tshwere sefuba, ha a arabe', 'injury'],
    ['ndifumene indoda ilele ecaleni komjelo ibanda iphefumla kancinci', 'injury'],
    ['baba het kookwater oor haar getrek sy is erg gebrand', 'injury'],
    ['lesea le itšholletše meetse a go fiša le tšhile kudu sehubeng', 'injury'],
    ['ricece ri tichululele mati yo hisa ri hisekile swinene exifuveni', 'injury'],
    ['die paraffienstoof het ontplof my suster se klere brand', 'fire'],
    ['Tsala ya me ya re o tla ipolaya, o eme mo borogong jaanong', 'injury'],
    ['khonani yanga i ri i ḓo ḓivhulaya i ḓo fhufha buroho', 'injury'],
    ['Sehlopha sa batho se otla mohlankana rankeng, ba tlisitse peterole le mabidi hore ba mo tjhese', 'violence'],
    ['Rowers hou ons onder skot in die vulstasiewinkel, ek kruip in die toilet weg', 'violence'],
    ['Mahodu a tsene ka ntlong re sa le ka gare, re iphihlile ka phapošing', 'violence'],
    ['Somebody just pulled a child into a white Quantum and drove off', 'violence'],
    ['Go na le mosetsana yo o betelwang mo sekgweng kwa morago ga sekolo', 'violence'],
    ["ku nun'hwela gasi eflethini manana na sesi va titivalile", 'injury'],
    ['mugodi wu wile laha va tirhaka tiphayiphi kona mutirhi u celiwile hi sava', 'injury'],
    ['Umsele uwele phezu kwezisebenzi zikamasipala, omunye ungcwatshwe wonke', 'injury'],
    ['ingane yami ilahlekile sagcina ukuyibona idlala ngasedamini emva kwesikole', 'drowning'],
    ['umfula uthathe ingane siyayibona emanzini ngicela usizo', 'drowning'],
  ])('finds: %s', (text, kind) => {
    expect(handWritten.detect(text)?.kind).toBe(kind);
  });

  it.each([
    'the water makes the kids sick',
    'dirty water gave us diarrhoea',
    'the smell of sewage is killing us',
    'I will die of thirst',
    'my heart is sore about this service',
    'the pills at the clinic are finished, my gogo needs many pills',
    'the burning of tyres last year blocked the road',
    'people will die if you do not fix it',
    'the geyser burst and hot water poured over the ceiling, the lights burnt out',
    'ugesi uqhumile izolo',
    'thieves hide in the bushes and rob people at night',
    'my child has epilepsy and the clinic has no pills now',
    'the water meter is missing near the river',
    'our councillor fell asleep and is not responding',
    'sibawa nicime igesi epalini eqhumileko eMain street, ivalwe akekho oseduze',
  ])('leaves alone: %s', (text) => {
    expect(handWritten.detect(text)).toBeNull();
  });
});

describe('EmergencyRule: a drowning told as past a sentence away, and sewage in the houses', () => {
  const handWritten = new EmergencyRule(null);

  it('dismisses a drowning whose time comes after the place', () => {
    expect(handWritten.detect('A little boy drowned in the stormwater pond behind Mamelodi West clinic last December. Please fence it')).toBeNull();
    expect(handWritten.detect('A little boy is drowning in the stormwater pond behind the clinic, one drowned there last December')?.kind).toBe('drowning');
  });

  it('keeps the report of sewage flooding homes: a municipal hazard', () => {
    expect(handWritten.detect('Ugutyulo luyaphuphuma eDuncan Village, amanzi amdaka angena ezindlwini zethu.')).toMatchObject({
      kind: 'flooding',
      municipalHazard: true,
    });
  });
});

describe('EmergencyRule: a fire in an electricity box on a corner named after people', () => {
  it('is a municipal fire hazard, and Magwaza is a surname, not a stabbing', () => {
    expect(new EmergencyRule(null).detect('Sanibonani, kunomlilo ebhokisini likagesi ekhoneni likaZwane noMagwaza')).toMatchObject({
      kind: 'fire',
      municipalHazard: true,
    });
    expect(new EmergencyRule(null).detect('umfana ugwazwe ngommese esitolo')?.kind).toBe('violence');
  });
});

describe('EmergencyRule: a fall told as a past warning, and harm foretold', () => {
  const handWritten = new EmergencyRule(null);

  it.each([
    'ngwaga o o fetileng ngwana o ne a wela mo mosimeng o o bulegileng. Tsweetswee o tswaleng',
    'Last winter a child fell into the open manhole on Dube st and broke his leg. Please close it',
    'xitarata xa hina xi na munyama nivusiku, vanhu va ta vaviseka loko mi nga lulamisi mabone',
    'zwitarata zwi na swiswi vhusiku, vhathu vha do huvhala arali na sa lugisa mavone',
    'the street is dark at night, people will get hurt if you do not fix the lights',
    'umgwaqo umnyama ebusuku, abantu bazolimala uma ningalungisi izibani',
  ])('leaves alone: %s', (text) => {
    expect(handWritten.detect(text)).toBeNull();
  });

  it.each([
    'a child fell into the open manhole yesterday and is still stuck, we can hear him',
    'my son fell from the roof now, his leg is broken and he is bleeding',
    'ngwana o wetse mo mosimeng jaanong, ga a kgone go tswa',
  ])('still finds: %s', (text) => {
    expect(handWritten.detect(text)?.kind).toBe('injury');
  });
});

describe('EmergencyRule: a fire report asked for an insurance claim', () => {
  const handWritten = new EmergencyRule(null);

  it.each([
    'how do I get a copy of the fire department report for my insurance claim? our house burnt in January, everyone got out fine',
    'Ngingawuthola kanjani umbiko womlilo we-inshuwarensi? Indlu yethu yasha ngoFebhuwari',
    'Ndingayifumana njani ingxelo yomlilo ye-inshorensi? Indlu yethu yatsha kutsha nje, akukho mntu wenzakeleyo',
    'Ke batla ho tseba hore na ke fumana jwang tlaleho ya mollo bakeng sa inshorense',
    'Ke batla go itse gore ke bona jang pego ya molelo ya inshorense',
  ])('leaves alone: %s', (text) => {
    expect(handWritten.detect(text)).toBeNull();
  });

  it.each([
    'Ngicela usizo indlu iyasha, kusenengane ngaphakathi',
    'I am reporting a fire at 5 Main Street, there are people inside',
    'mollo o tuka ntlong, bana ba sa le ka hare',
  ])('still finds the fire: %s', (text) => {
    expect(handWritten.detect(text)?.kind).toBe('fire');
  });
});

describe('EmergencyRule: offices, dated past events, harm foretold and figures of speech', () => {
  const handWritten = new EmergencyRule(null);

  it.each([
    // the firefighters' office or a fire safety certificate asked for
    'what is the admin number for the fire department, i want to ask about a fire safety certificate for my shop',
    'ngicela inombolo yehhovisi lezicishamlilo, ngifuna ukubuza nge-certificate yesitolo sami',
    'ndicela inombolo ye-ofisi yabacimi-mlilo, ndifuna ukubuza nge-certificate yevenkile yam',
    'ke kopa nomoro ya ofisi ya ba tima mollo, ke batla ho botsa ka setifikeiti sa lebenkele la ka',
    'ke kopa nomoro ya kantoro ya ba ba timang molelo, ke batla go botsa ka tetla ya go dira braai mo parakeng',
    'ndzi kombela nomboro ya hofisi ya vatimi va ndzilo, ndzi lava ku vutisa hi setifikheti ya vhengele',
    'ndi humbela nomboro ya ofisi ya vhadzimi vha mulilo, ndi toda u vhudzisa nga setifikheithi ya vhengele',
    'ngibawa inomboro yehhovisi labacimi bomlilo, ngifuna ukubuza nge-certificate yesitolo',
    'is there a number for the disaster management office, want to ask about the sandbags they promised after the floods',
    // an electrocution or a death dated by its month or year
    'in Maart het n seuntjie n skok gekry by die oop kragkas langs die speelpark. die kas is nog steeds oop, sluit dit asseblief',
    'ngoMashi umfana washaywa ugesi ebhokisini likagesi elivulekile eduze kwenkundla yokudlala, lisavulekile namanje sicela nilikhiye',
    'ka Matšhe mošemane o ile a swarwa ke mohlagase lepokising la mohlagase le le bulegilego kgauswi le sekolo, le sa bulegile',
    'hi March mufana u khomiwe hi gezi ebokisini ra gezi leri pfulekeke ekusuhi ni xikolo, ra ha pfulekile na sweswi',
    'nga March mutukana o fariwa nga mudagasi kha bogisi la mudagasi lo vuleaho tsini na tshikolo, li kha di vulea na zwino',
    'the dam at the bottom of the park is where the boy drowned in 2019, still no fence, kids swim there every weekend in summer',
    'n kind het verlede jaar in die dam agter die skool in Wellington verdrink, sit asseblief n heining om dit voor die somer',
    'ngwaga wo o fetilego ngwana wa mengwaga ye mehlano o ile a nwela letamong la Mankweng, re kgopela le le agele legora',
    'nwaha wo fhelaho nwana o lovha madini kha daima la Tshilidzini, ri khou humbela ni vhee fence',
    'mme o hlokahetse ka Pherekgong, ke fetola jwang akhaonto ya metsi hore e be lebitsong la ka',
    // harm foretold with a modal or a condition
    'die kinders kan in die sloot wat die kontrakteurs oopgelos het verdrink as dit reen, maak dit toe',
    'iemand gaan nog geelektrokuteer word met al die onwettige aansluitings hier in Vrygrond',
    'izingane zingaminza kulowo msele abawushiya bevulekile osonkontileka uma lina, sicela niwuvale',
    'bana ba ka qwela mokgeleng oo dikontraka di o siileng o bulehile ha pula e na, ka kopo o kwaleng',
    'die straatligpaal by die sokkerveld vonk snags, daar is niemand naby nie, ek rapporteer net voor iemand n skok kry',
    // floods gone down or foretold, a low-water bridge under water
    'the flooding on Monday has gone down but the culvert is full of mud, next rain it will flood again',
    'die oorstroming van Maandag het gesak maar die duikweg is vol modder, die volgende reen gaan dit weer oorstroom',
    'die laagwaterbrug oor die Bergrivier is weer oorstroom, ons moet die lang pad ry',
    // figures of speech
    'ulayini emtholampilo uyasibulala, sifike ngo5 ekuseni kodwa ngo2 asikasizwa',
    'umgca ekliniki uyasibulala, sifike ngo5 kusasa kodwa ngo2 asikancedwa',
    'siminza ezinsileni lapha eTweefontein, akekho oza kuzithatha',
    'le load shedding kuhlukumeza, abentwana bafunda ngekhandlela',
    're qwela ka ditshila mona Phuthaditjhaba',
    'bili e ya motlakase e a mpolaya, ke duela R2500 kgwedi le kgwedi',
  ])('leaves alone: %s', (text) => {
    expect(handWritten.detect(text)).toBeNull();
  });

  it.each<[string, Kind]>([
    ['a boy was just electrocuted by the open box, he is not moving', 'electrocution'],
    ['in March we reported the open box, now a boy was electrocuted there, help', 'electrocution'],
    ['last year a boy was electrocuted here, now another child got electrocuted at the same box', 'electrocution'],
    ['ngoMashi sabika ibhokisi, manje umfana ushaywe ugesi akanyakazi', 'electrocution'],
    ['mosimane o swarwa ke mohlagase hona jwale, thusang', 'electrocution'],
    ['my father died in 2019 and now my mother collapsed', 'injury'],
    ['help, my kind sal verdrink!', 'drowning'],
    ['die water styg, die kinders kan verdrink, help!', 'drowning'],
    ['izingane zingaminza emfuleni, sizani!', 'drowning'],
    ['ek kan hom nie sien nie, my kind verdrink', 'drowning'],
    ['ngwaga o o fetileng re begile letamo, jaanong ngwana o a nwela', 'drowning'],
    ['the river will flood our houses, help us evacuate', 'flooding'],
    ['the bridge is flooded and our house is flooded too', 'flooding'],
    ['since the floods our house is under water and the kids are on the roof', 'flooding'],
    ['ke kopa nomoro ya ba tima mollo, ntlo e a tuka', 'fire'],
  ])('still finds: %s', (text, kind) => {
    expect(handWritten.detect(text)?.kind).toBe(kind);
  });
});

describe('EmergencyRule: a power line named with the borrowed "line"', () => {
  it('finds a boy holding a fallen line', () => {
    expect(new EmergencyRule(null).detect('ulayini kagesi uwile umfana uwubambile')?.kind).toBe('electrocution');
  });
});

describe('EmergencyRule: a hole that "will kill someone one day", and the fire department named in full', () => {
  const handWritten = new EmergencyRule(null);

  it.each([
    'Mokoti ona tseleng ya Nelson Mandela Drive o tla bolaya motho ka letsatsi le leng, ka kopo o kwaleng',
    'Ngicela kwati kutsi ngingayitfola kanjani incwadzi yelitiko lekucima umlilo ye-inshuwarensi',
  ])('leaves alone: %s', (text) => {
    expect(handWritten.detect(text)).toBeNull();
  });

  it('still finds a fire the fire department is called to', () => {
    expect(handWritten.detect('shayelani umnyango wokucima umlilo, indlu iyasha kukhona abantwana ngaphakathi')?.kind).toBe('fire');
  });
});

describe('EmergencyRule: bleeding with the Nguni concord, and a Sotho proverb about a knife', () => {
  const handWritten = new EmergencyRule(null);

  it('finds people bleeding after a kombi rolled', () => {
    expect(handWritten.detect('kunengozi ekulu endleleni yeR573 eMoloto ikombi igingqike abantu baphuma iingazi')?.kind).toBe('injury');
  });

  it('leaves the proverb "a mother holds the knife by the blade" alone', () => {
    expect(handWritten.detect('Mosadi o tshwara thipa ka bohaleng. Ke mme ya hodisang bana ba bane a le mong, ke kopa ho lokisa metsi')).toBeNull();
    expect(handWritten.detect('monna o tshwere thipa o re tshosa jwale, thusang')?.kind).toBe('violence');
  });
});

describe('EmergencyRule: a fire on a past weekday, and a hazard still not fixed after a drowning', () => {
  const handWritten = new EmergencyRule(null);

  it.each([
    'The fire at the taxi rank market on Saturday left burnt stalls and the drains are blocked with ash',
    'Ngonyaka odlule ingane yaminza kulowo mgodi wamanzi eMaphumulo, namanje awuvalwanga. Sicela niwuvale',
    'A child drowned in that pit last year and it is still not fenced, please fence it',
  ])('leaves alone: %s', (text) => {
    expect(handWritten.detect(text)).toBeNull();
  });

  it.each([
    ['the market is on fire, people are still inside the stalls, help', 'fire'],
    ['ingane iyaminza emgodini wamanzi manje, sizani', 'drowning'],
  ])('still finds: %s', (text, kind) => {
    expect(handWritten.detect(text)?.kind).toBe(kind);
  });
});

describe('EmergencyRule: houses that take water whenever it rains, and a cry from the ditch', () => {
  const handWritten = new EmergencyRule(null);

  it.each([
    'Nceda nisinike iingxowa zentlabathi, amanzi ayangena ezindlwini eSweet Home Farm xa kunetha kakhulu',
    'Re kopa mekotla ya lehlabathe, metsi a kena ka tlung ha pula e na haholo Botshabelo',
    'Re kopa mekotla ya motlhaba, metsi a tsena mo ntlong fa pula e na thata kwa Montshiwa.',
    'Hi kombela swikhwama swa sava, mati ya nghena endlwini loko mpfula yi na ngopfu eMalamulele',
    'Sibawa iinkhwama zesanda, amanzi angena ngendlini nakuna khulu eKwaMhlanga.',
    'please send sandbags, water comes into the houses every time it rains',
  ])('leaves alone: %s', (text) => {
    expect(handWritten.detect(text)).toBeNull();
  });

  it.each([
    ['water is coming into the houses now and gogo cannot get out, help', 'flooding'],
    ['Ke utlwa motho a hoeletsa ka hare ho foro ya metsi a pula, metsi a matla haholo, ha ke mmone', 'drowning'],
  ])('still finds: %s', (text, kind) => {
    expect(handWritten.detect(text)?.kind).toBe(kind);
  });
});

describe('EmergencyRule: a road washed away with nobody hurt', () => {
  const handWritten = new EmergencyRule(null);

  it.each([
    "Die grondpad na die plaasskool by Kalbaskraal het weggespoel, daar's 'n diep sloot dwarsoor. Niemand is beseer nie maar die skoolbus kom nie deur nie.",
    'Mugero wa maḓi a mvula wo valea Sibasa, maḓi a khou dzhena jaraṱani. A huna muthu o huvhalaho.',
  ])('leaves alone: %s', (text) => {
    expect(handWritten.detect(text)).toBeNull();
  });

  it('still finds a child being swept away', () => {
    expect(handWritten.detect('die rivier het die kind weggespoel, ons sien hom nie, help')?.kind).toBe('drowning');
  });
});

describe('EmergencyRule: fire inspections, burning permits, disaster management, floods every summer', () => {
  const handWritten = new EmergencyRule(null);

  it.each([
    'sawubona ngidinga isitifiketi sokuhlolwa komlilo sesitolo sami esisha. yini inqubo?',
    'dumela ke hloka setifikeiti sa tlhahlobo ya mollo bakeng sa lebenkele la ka le letjha',
    'ndzi lava xitifikheti xa ku kamberiwa ka ndzilo xa xitolo xa mina lexintshwa',
    'where do i apply for a burning permit to burn the fire break on our smallholding',
    'ningangipha inombolo yehhovisi le-disaster management? sifuna ukubamema emhlanganweni',
    'Good afternoon. Every summer the Jukskei floods into the yards near the bank in Alex. Is there a plan?',
    'Thobela, ge pula e ena meetse a tsena ka ntlong ka mehla mo Seshego zone 4. Re kgopela mekotla ya santa',
    're a swa fano kwa ntle ga metsi, malatsi a mane kwa Mogwase ga go na tanka',
    'die hael het gister die dakplate van die biblioteek in Parys stukkend geslaan',
  ])('leaves alone: %s', (text) => {
    expect(handWritten.detect(text)).toBeNull();
  });

  it.each([
    ['the shop is on fire and the owner is still inside, help', 'fire'],
    ['the river is flooding our houses right now, my granny is stuck inside', 'flooding'],
  ])('still finds: %s', (text, kind) => {
    expect(handWritten.detect(text)?.kind).toBe(kind);
  });
});

describe('EmergencyRule: a hole still open after last year, and river water in the homesteads', () => {
  const handWritten = new EmergencyRule(null);

  it.each([
    'Verlede jaar het n kind in die dam by die park in Eersterivier verdrink en daar is nog steeds geen heining nie',
    'Selemong se fetileng ngwana o ile a wela ka mokoting o bulehileng mona Batho. O ntse o bulehile, ka kopo o kwaleng',
  ])('leaves alone: %s', (text) => {
    expect(handWritten.detect(text)).toBeNull();
  });

  it('finds river water coming into the homes with old people who cannot get out', () => {
    expect(handWritten.detect('Mati ya nambu ma nghena emindzini ya hina eXikundu, vakhegula a va swi koti ku huma')?.kind).toBe('flooding');
  });
});

describe('EmergencyRule: fire-safety admin, braai fires, water guns, workshops and habits (blind-25 to 27)', () => {
  const handWritten = new EmergencyRule(null);

  it.each([
    "We'd like the fire department to run a fire drill with our learners next term and to service our fire extinguishers",
    'A re ka dira braai mo parkeng ya Mmabatho ka Keresemose, kgotsa go na le fire ban ka ntlha ya mogote?',
    'Ri a tendelwa u vhasa mulilo wa u gotsha nama kha paraga?',
    'Haedrente ya mollo ka ntle ga lebenkele la ka e dutla meetse go tloga ka Labohlano',
    'Burst main on Lenchen ave, water shooting up like a fountain since 5am',
    'Abafana badlala ngezibhamu zamanzi bezigcwalisa kumpompi womphakathi',
    'the smell from the sewage ponds by the mine hostel is killing us honestly, its murder every evening',
    'Ri khou ṱoḓa u bukha holo u itela wekishopo ya u funza nga ha khakhathi kha vhafumakadzi (GBV)',
    'we want to book the hall for a GBV awareness march in December',
    'Iimpuku zininzi kakhulu. Ngaba umasipala uthumela abantu abaza kuzibulala?',
    'Umgwaqo uba nezikhukhula njalo uma kunesiphepho, sicela nihlanze imisele',
    'Last December a boy drowned in the old quarry dam. The fence is still broken and kids go there again now that its hot',
    'last week thursday there was a shooting at the tavern, police came that night and its all finished. please fix the lights there',
  ])('leaves alone: %s', (text) => {
    expect(handWritten.detect(text)).toBeNull();
  });

  it.each<[string, Kind]>([
    ['the fire department must come now, the shack is burning and a child is inside', 'fire'],
    ['we made a fire to braai and it spread, the house next door is burning with people inside', 'fire'],
    ['uma kunesiphepho amanzi angena endlini, kukhona abantwana abavaleleke ngaphakathi', 'flooding'],
    ['a boy is drowning in the quarry dam right now, we cannot see him', 'drowning'],
    ['last week there was a shooting, it is over but now they are shooting again at the tavern', 'violence'],
    ['there was a shooting at the tavern last night, he is still bleeding', 'violence'],
  ])('still finds: %s', (text, kind) => {
    expect(handWritten.detect(text)?.kind).toBe(kind);
  });
});

describe('EmergencyRule: film sets, found guns and a beating in Sesotho (blind-28 to 30)', () => {
  const handWritten = new EmergencyRule(null);

  it.each([
    'Re batla go thunya filimi mo mmileng. Ditshwantsho di akaretsa molelo o o direlwang tiragatso fela, ga go na ope yo o tlaa gobalang.',
    'we shooting a music video at Moroka park on saturday, there will be fake guns as props and a smoke machine',
    'Emaphoyisa atsetse sibhamu lebesitfolakele epaki itolo, nyalo bantfwana bangabuyela yini kudlala lapho?',
  ])('leaves alone: %s', (text) => {
    expect(handWritten.detect(text)).toBeNull();
  });

  it.each<[string, Kind]>([
    ['Ke kopa ho tlaleha hore moahisane o ntse a otlwa ke monna wa hae, ke utlwa a hlaba mohoo', 'violence'],
    ["the film crew's set is on fire and two actors are trapped inside", 'fire'],
    ['kudutjulwe umuntu itolo epaki, usopha kakhulu', 'violence'],
  ])('still finds: %s', (text, kind) => {
    expect(handWritten.detect(text)?.kind).toBe(kind);
  });
});

describe('EmergencyRule: a fire ruled out, zeal, fire prevention, and deaths long past (blind-32)', () => {
  const handWritten = new EmergencyRule(null);

  it.each([
    "There's a strong burning smell every morning from the bakery, I think it's just their ovens, nothing on fire",
    'Go na le monko wa molelo go tswa kwa bakeng ya borotho mo mosong mongwe le mongwe, ga se molelo, ke diontšhe.',
    'Ngwaga o o fetileng ngwana o ne a wela mo molapong fa sekolong a swa. Batsadi ba kopa terata e e dikologang molapo.',
    'Kgale ngwana o ile a wela ka mokoting wa meetse wa kgale kua motseng a hwa. Re kgopela gore mmasepala o tswalele mokoti woo.',
    'Ṅwaha wo fhiraho muthu o vhulawa nga goloi tsini na mmaraga wa Thohoyandou. Ri humbela fhethu ha u pfuka.',
    'Ri na mbekanyo ya u gudisa vhana vha khereshe nga ha u thivhela mulilo. Vhathu vha fire brigade vha nga ḓa?',
    'The church next door is on fire for the Lord every Sunday haha, but their cars block our driveway',
  ])('leaves alone: %s', (text) => {
    expect(handWritten.detect(text)).toBeNull();
  });

  it.each<[string, Kind]>([
    ['its not a fire its the braai, but the house next door is burning with people inside', 'fire'],
    ['go na le molelo mo ntlong, bana ba teng', 'fire'],
    ['ngwana o wela mo molapong jaanong, ga a bonale', 'drowning'],
    ['call the fire brigade now the school is burning, the children are inside', 'fire'],
  ])('still finds: %s', (text, kind) => {
    expect(handWritten.detect(text)?.kind).toBe(kind);
  });
});

describe('EmergencyRule: short messages, gas leaks with people ill, seizures that do not stop, shots fired', () => {
  const handWritten = new EmergencyRule(null);

  it.each<[string, Kind]>([
    ['gas leak at no 7 whole family vomiting n dizzy', 'injury'],
    ['khase e a dutla lelapa lohle le a hlatsa', 'injury'],
    ['kuvuza igesi yonke intsapho iyagabha', 'injury'],
    ['lesea le a roroma ga le eme le na le seizure', 'injury'],
    ['shots fired on mthembu st someone is hit', 'violence'],
  ])('finds: %s', (text, kind) => {
    expect(handWritten.detect(text)?.kind).toBe(kind);
  });

  it.each([
    'the gas bill is high, the kids are vomiting from flu',
    'igesi ayikho, izingane ziyagabha',
    'where do I report a gas leak smell at the station',
    'ons wil n video skiet in die park permit nodig?',
  ])('leaves alone: %s', (text) => {
    expect(handWritten.detect(text)).toBeNull();
  });
});

describe('EmergencyRule: still down the hole, and water that stays out of the houses (blind-37)', () => {
  const handWritten = new EmergencyRule(null);

  it('finds the fall when he is still down there, whatever the time told beside it', () => {
    expect(
      handWritten.detect("my brother fell down an open manhole, they stole the cover last week. he's down there saying he can't feel his legs")?.kind,
    ).toBe('injury');
  });

  it('leaves the drain full of flood water that does not come into the houses alone', () => {
    expect(handWritten.detect('Mokero wa meetse a pula o tletše ka meetse a mafula, eupša ga a tsene ka dintlong. Re nyaka gore le hlwekiše mokero')).toBeNull();
  });

  it('still finds the flood that does come in', () => {
    expect(handWritten.detect('meetse a tsena ka dintlong, bana ba ba nyane ba ka gare')?.kind).toBe('flooding');
  });
});
