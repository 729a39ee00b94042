import type { NameType } from '../../types/analysis.js';

/**
 * Compact hand-written gazetteers for the rule-based name finder, compiled once when the
 * module loads. Keys are lower-cased surface forms, multi-word entries joined by one space
 * ("white house", "u.s."). The lists are deliberately small and general: they are cues,
 * not an answer key, and a trained model replaces them later.
 */

const words = (s: string): string[] => s.split('|').map((w) => w.trim()).filter(Boolean);

const COUNTRIES = words(`
Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|
Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|
Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|Chad|Chile|China|Colombia|Comoros|
Congo|Democratic Republic of Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|
Dominican Republic|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|
Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|
India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|
Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|
Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|
Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea|
North Macedonia|Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|
Poland|Portugal|Qatar|Romania|Russia|Russian Federation|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|
Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|South Korea|Korea|South Sudan|
Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|
Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|
UK|U.K.|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|United States|United States of America|US|U.S.|
USA|U.S.A.|America|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Greenland|Hong Kong|Macau|
Puerto Rico|Tibet|Crimea|Gaza|Gaza Strip|West Bank|Kashmir|Chechnya|Donbas|Donbass|Abkhazia|Transnistria|Kurdistan`);

const CITIES = words(`
Istanbul|Ankara|Moscow|St Petersburg|Kyiv|Kiev|Kharkiv|Odesa|Odessa|Lviv|Mariupol|Donetsk|Luhansk|Kherson|Zaporizhzhia|
Bakhmut|Minsk|Warsaw|Berlin|Munich|Frankfurt|Hamburg|Paris|Marseille|Lyon|London|Manchester|Birmingham|Liverpool|Leeds|
Glasgow|Edinburgh|Cardiff|Belfast|Dublin|Brussels|Amsterdam|The Hague|Rotterdam|Geneva|Zurich|Bern|Vienna|Prague|
Budapest|Bucharest|Sofia|Belgrade|Zagreb|Athens|Rome|Milan|Naples|Madrid|Barcelona|Lisbon|Oslo|Stockholm|Helsinki|
Copenhagen|Riga|Vilnius|Tallinn|Reykjavik|Washington|New York|New York City|Los Angeles|Chicago|Houston|Miami|Boston|
San Francisco|Seattle|Atlanta|Dallas|Philadelphia|Detroit|Denver|Las Vegas|Phoenix|New Orleans|Toronto|Montreal|
Vancouver|Ottawa|Mexico City|Havana|Caracas|Bogota|Lima|Santiago|Buenos Aires|Sao Paulo|São Paulo|Rio de Janeiro|
Brasilia|Cairo|Alexandria|Tripoli|Tunis|Algiers|Rabat|Casablanca|Lagos|Abuja|Accra|Nairobi|Addis Ababa|Khartoum|
Kinshasa|Johannesburg|Cape Town|Pretoria|Harare|Kampala|Dakar|Mogadishu|Jerusalem|Tel Aviv|Ramallah|Beirut|Damascus|
Aleppo|Baghdad|Mosul|Basra|Tehran|Riyadh|Jeddah|Mecca|Medina|Doha|Dubai|Abu Dhabi|Muscat|Sanaa|Kabul|Islamabad|Karachi|
Lahore|Delhi|New Delhi|Mumbai|Kolkata|Chennai|Bangalore|Dhaka|Kathmandu|Colombo|Beijing|Shanghai|Hong Kong|Shenzhen|
Guangzhou|Wuhan|Taipei|Tokyo|Osaka|Seoul|Pyongyang|Bangkok|Hanoi|Ho Chi Minh City|Manila|Jakarta|Kuala Lumpur|
Singapore|Sydney|Melbourne|Canberra|Auckland|Wellington|Astana|Tashkent|Baku|Tbilisi|Yerevan|Davos|Sochi|Vladivostok|
Brussels|Strasbourg|Luxembourg|Monaco|Oxford|Cambridge|Bristol|Newcastle|Sheffield|Nottingham|Aberdeen|Dundee|Swansea|
Jeddah|Alaska|Anchorage|Helsinki|Vatican City|Kursk|Belgorod|Sevastopol|Rafah|Khan Younis|Gaza City|Tel Aviv`);

const REGIONS = words(`
Europe|Asia|Africa|North America|South America|Latin America|Central America|Middle East|Near East|Far East|
Central Asia|South Asia|Southeast Asia|East Asia|Eastern Europe|Western Europe|Central Europe|Southern Europe|
Northern Europe|Scandinavia|Balkans|the Balkans|Baltics|Caucasus|Sahel|Siberia|Arctic|Antarctica|Antarctic|Pacific|
Atlantic|Mediterranean|Black Sea|Baltic Sea|Red Sea|Persian Gulf|Gulf|Caribbean|Indian Ocean|Horn of Africa|
Indo-Pacific|Eurasia|Oceania|Sinai|Golan Heights|Levant|Maghreb|Persian Gulf|Strait of Hormuz|Bosphorus|Dardanelles|
California|Texas|Florida|New York State|Ohio|Pennsylvania|Michigan|Georgia|Arizona|Nevada|Wisconsin|Iowa|
New Hampshire|Virginia|North Carolina|South Carolina|Illinois|Massachusetts|Oregon|Colorado|Utah|Minnesota|Missouri|
Alabama|Mississippi|Louisiana|Kentucky|Tennessee|Indiana|Maryland|New Jersey|Connecticut|Hawaii|Montana|Idaho|
Wyoming|Kansas|Nebraska|Oklahoma|Arkansas|Vermont|Maine|Delaware|Rhode Island|West Virginia|North Dakota|
South Dakota|New Mexico|Silicon Valley|Wall Street|Downing Street|Whitehall|Westminster|Capitol Hill|Bavaria|
Catalonia|Kent|Yorkshire|Lancashire|Cornwall|Devon|Surrey|Essex|Ulster|Quebec|Ontario|Alberta|Punjab|Kashmir|
Xinjiang|Hokkaido|Chechnya|Dagestan|Kaliningrad|Transcarpathia|Donetsk region|Midlands|Home Counties|Highlands`);

const ORGS = words(`
Kremlin|White House|Pentagon|Congress|Parliament|Senate|House of Representatives|House of Commons|House of Lords|
Commons|Lords|Supreme Court|High Court|Court of Appeal|State Department|Foreign Office|Home Office|Treasury|
Downing Street|Cabinet|Politburo|Duma|State Duma|Bundestag|Knesset|Rada|Verkhovna Rada|Elysee|Élysée|Vatican|
NATO|Nato|UN|U.N.|United Nations|Security Council|UN Security Council|EU|E.U.|European Union|European Commission|
European Parliament|European Council|European Central Bank|ECB|IMF|World Bank|WTO|WHO|OPEC|OECD|OSCE|ASEAN|
African Union|Arab League|G7|G8|G20|BRICS|Red Cross|Amnesty International|Human Rights Watch|Greenpeace|Interpol|
Europol|FBI|CIA|NSA|FSB|KGB|SBU|GRU|MI5|MI6|GCHQ|Mossad|IDF|Pentagon|NASA|Nasa|ESA|Federal Reserve|Fed|
Bank of England|NHS|BBC|CNN|Reuters|AP|AFP|Associated Press|Bloomberg|Fox News|MSNBC|NBC|CBS|ABC|ITV|Sky News|
Al Jazeera|New York Times|NYT|Washington Post|Wall Street Journal|WSJ|Financial Times|FT|Guardian|The Guardian|Times|The Times|
Telegraph|Daily Telegraph|Daily Mail|The Economist|Economist|Politico|Axios|Tass|TASS|RIA Novosti|Interfax|
Labour|Labour Party|Conservative Party|Tory Party|Liberal Democrats|Liberal Democrat|Lib Dems|Lib Dem|SNP|Plaid Cymru|UKIP|Reform UK|
Green Party|Sinn Fein|Sinn Féin|DUP|Democratic Party|Republican Party|GOP|United Russia|Likud|CDU|SPD|AfD|ANC|
Hamas|Hezbollah|Taliban|Islamic State|ISIS|Isis|IS|al-Qaeda|Al-Qaeda|al Qaeda|Houthis|Wagner|Wagner Group|IRA|
Google|Apple|Microsoft|Amazon|Meta|Facebook|Twitter|Instagram|TikTok|YouTube|Tesla|SpaceX|OpenAI|Nvidia|Intel|
IBM|Samsung|Sony|Toyota|Volkswagen|BP|Shell|Gazprom|Rosneft|Boeing|Airbus|Ford|General Motors|Uber|Netflix|
Disney|Walmart|Goldman Sachs|JPMorgan|HSBC|Barclays|Lloyds|Ofcom|Ofsted|HMRC|Electoral Commission|
Metropolitan Police|Scotland Yard|Crown Prosecution Service|CPS|UEFA|FIFA|IOC|Olympic Committee|Hamas|
Globe and Mail|The Globe and Mail|Toronto Star|National Post|CBC|CBC News|Radio-Canada|CTV|CTV News|Global News|Canadian Press|
The Canadian Press|Postmedia|La Presse|Le Devoir|Ottawa Citizen|Vancouver Sun|Montreal Gazette|Calgary Herald|Edmonton Journal|
Winnipeg Free Press|RCMP|OPP|CSIS|NDP|New Democratic Party|Bloc Québécois|Bloc Quebecois|Liberal Party|Statistics Canada|
Health Canada|Bank of Canada|Public Health Agency of Canada|Canada Revenue Agency|Parliament Hill|Queen's Park|
Assembly of First Nations|Air Canada|WestJet|Via Rail|CN Rail|Canadian Pacific|Canada Post|Hydro-Québec|Hydro One|
NPR|PBS|CNBC|USA Today|Los Angeles Times|Chicago Tribune|Sydney Morning Herald`);

/** Nationalities and other group names (NORP): singular and plural forms. */
const NORP = words(`
Afghan|Afghans|Albanian|Albanians|Algerian|Algerians|American|Americans|Argentine|Argentinian|Argentinians|Armenian|
Armenians|Australian|Australians|Austrian|Austrians|Azerbaijani|Azerbaijanis|Azeri|Azeris|Bangladeshi|Bangladeshis|
Belarusian|Belarusians|Belgian|Belgians|Bolivian|Bosnian|Bosnians|Brazilian|Brazilians|British|Briton|Britons|Brit|
Brits|Bulgarian|Bulgarians|Burmese|Cambodian|Cambodians|Canadian|Canadians|Chilean|Chileans|Chinese|Colombian|
Colombians|Congolese|Croatian|Croatians|Croat|Croats|Cuban|Cubans|Cypriot|Cypriots|Czech|Czechs|Danish|Dane|Danes|
Dutch|Ecuadorian|Egyptian|Egyptians|Emirati|Emiratis|English|Eritrean|Eritreans|Estonian|Estonians|Ethiopian|
Ethiopians|European|Europeans|Filipino|Filipinos|Finnish|Finn|Finns|French|Frenchman|Georgian|Georgians|German|Germans|
Ghanaian|Ghanaians|Greek|Greeks|Haitian|Haitians|Hungarian|Hungarians|Icelandic|Indian|Indians|Indonesian|Indonesians|
Iranian|Iranians|Iraqi|Iraqis|Irish|Israeli|Israelis|Italian|Italians|Jamaican|Jamaicans|Japanese|Jordanian|
Jordanians|Kazakh|Kazakhs|Kenyan|Kenyans|Korean|Koreans|Kosovan|Kosovar|Kurdish|Kurd|Kurds|Kuwaiti|Kuwaitis|Kyrgyz|
Latvian|Latvians|Lebanese|Libyan|Libyans|Lithuanian|Lithuanians|Malaysian|Malaysians|Maltese|Mexican|Mexicans|
Moldovan|Moldovans|Mongolian|Moroccan|Moroccans|Nepalese|Nepali|Nigerian|Nigerians|Norwegian|Norwegians|Pakistani|
Pakistanis|Palestinian|Palestinians|Peruvian|Peruvians|Polish|Pole|Poles|Portuguese|Qatari|Qataris|Romanian|
Romanians|Russian|Russians|Rwandan|Saudi|Saudis|Scottish|Scot|Scots|Senegalese|Serbian|Serbians|Serb|Serbs|Slovak|
Slovaks|Slovenian|Somali|Somalis|Spanish|Spaniard|Spaniards|Sudanese|Swedish|Swede|Swedes|Swiss|Syrian|Syrians|
Taiwanese|Tajik|Thai|Tunisian|Tunisians|Turkish|Turk|Turks|Turkmen|Ugandan|Ugandans|Ukrainian|Ukrainians|Uzbek|Uzbeks|
Venezuelan|Venezuelans|Vietnamese|Welsh|Yemeni|Yemenis|Zimbabwean|Zimbabweans|Western|Westerners|Arab|Arabs|Asian|
Asians|African|Africans|Latino|Latinos|Hispanic|Hispanics|Soviet|Soviets|Northern Irish|South African|South Africans|
North Korean|North Koreans|South Korean|South Koreans|New Zealander|Kiwi|Caucasian|Slavic|Baltic|Nordic|
Christian|Christians|Catholic|Catholics|Protestant|Protestants|Orthodox|Muslim|Muslims|Moslem|Islamic|Jewish|Jew|Jews|
Hindu|Hindus|Sikh|Sikhs|Buddhist|Buddhists|Sunni|Sunnis|Shia|Shiite|Shiites|Evangelical|Evangelicals|Mormon|Mormons|
Democrat|Democrats|Republican|Republicans|Tory|Tories|Conservatives|Labourites|Socialist|Socialists|Communist|
Communists|Liberals|Nationalists|Unionists|Remainers|Brexiteers|Bolshevik|Bolsheviks|Nazi|Nazis|Zionist|Zionists|
Jihadist|Jihadists|Islamist|Islamists|
Londoner|Londoners|Dubliner|Dubliners|Glaswegian|Glaswegians|Mancunian|Mancunians|Liverpudlian|Liverpudlians|Geordie|
Geordies|Scouser|Scousers|Brummie|Brummies|Yorkshireman|Yorkshiremen|Cornishman|Ulsterman|Parisian|Parisians|Muscovite|
Muscovites|Berliner|Berliners|New Yorker|New Yorkers|Texan|Texans|Californian|Californians|Floridian|Floridians|Aussie|
Aussies|Quebecer|Quebecers|Quebecker|Quebeckers|Albertan|Albertans|Ontarian|Ontarians|Torontonian|Torontonians|Montrealer|
Montrealers|Vancouverite|Vancouverites|Newfoundlander|Newfoundlanders|Manitoban|Manitobans|Maritimer|Maritimers`);

const EVENTS = words(`
World War I|World War II|World War One|World War Two|First World War|Second World War|Cold War|Gulf War|Iraq War|
Vietnam War|Korean War|Six-Day War|Yom Kippur War|Holocaust|Olympics|Olympic Games|Winter Olympics|Paralympics|
World Cup|Euro 2024|Eurovision|Brexit|Arab Spring|Orange Revolution|Maidan|Euromaidan|Cuban Missile Crisis|
Great Depression|Super Bowl|Wimbledon|Davos Forum|Munich Security Conference|Glastonbury|Ramadan|Christmas|Easter|
Eid|Hanukkah|Diwali|Thanksgiving|Passover|Oscars|Grammys|Golden Globes|Cannes Film Festival|Tour de France|
Champions League|Premier League|Six Nations|Ashes|Budget|Holodomor|Minsk agreements|Minsk Agreements|Good Friday Agreement|
Paris Agreement|Iran nuclear deal|9/11|D-Day|V-E Day|Victory Day`);

/** Words in a multi-word name that make it an organisation. */
const ORG_CUES = words(`
Ministry|Party|Council|Commission|Union|Bank|University|Inc.|Inc|Corp.|Corp|Corporation|Group|Agency|Committee|
Army|Navy|Air Force|Forces|Department|Office|Court|Association|Institute|Foundation|Company|Co.|Ltd|Ltd.|plc|PLC|LLC|
Bureau|Service|Services|Police|Federation|League|Club|Network|News|Post|Journal|Airlines|Airways|Trust|Authority|
Organisation|Organization|Board|Church|Society|Centre|Center|School|College|Hospital|Fund|Reserve|Senate|Assembly|
Cabinet|Government|Administration|Coalition|Alliance|Movement|Brigade|Guard|Corps|Media|Press|Labs|Technologies|
Systems|Motors|Holdings|Partners|Capital|Energy|Bank|Exchange|Parliament|Congress|Congressional|Secretariat|Tribunal|
Directorate|Command|Fleet|Division|Battalion|Regiment|Cartel|Front|Initiative|Council|Institution|Academy|Times|Herald|
Gazette|Tribune|Magazine|Broadcasting|Television|Radio|Records|Studios|Pictures|Foods|Pharmaceuticals|Pharma|
Industries|Enterprises|Consortium|Conglomerate|Ventures|Railways|Commissioner|Chamber|Chambers|Inquiry|Ombudsman|
Regulator|Watchdog|Taskforce|Revenue|Market|Markets|Customs|Excise|Commonwealth|Executive|Lab|Laboratory|Institution|Mission|Embassy|Consulate`);

/** Words that make a multi-word name a law, treaty or document (MISC). */
const MISC_CUES = words(`Act|Bill|Treaty|Agreement|Convention|Charter|Directive|Amendment|Constitution|Declaration|Protocol|Doctrine|Plan|Manifesto`);

const LOC_CUES = words(`
Street|St|Road|Rd|Avenue|Ave|Boulevard|Square|Lane|River|Lake|Mountain|Mountains|Mount|Mt|Island|Islands|Bay|Sea|
Ocean|Gulf|Valley|Province|Region|Oblast|County|City|District|Peninsula|Desert|Coast|Hills|Heights|Canal|Port|Strait|
Straits|Airport|Bridge|Park|Plain|Plains|Forest|Falls|Harbour|Harbor|Highway|Territory|Territories|Republic|Kingdom|
Emirate|Emirates|Basin|Delta|Cape|Reef|Glacier|Volcano|Stadium|Palace|Castle|Cathedral|Mosque|Temple|Prison|Base|
Oblast|Krai|Governorate|Prefecture|State|House|Tower|Hall|Building|North|South|East|West|Northern|Southern|Eastern|
Western|Central|Upper|Lower|Greater|New`);

const EVENT_CUES = words(`
War|Summit|Olympics|Games|Cup|Championship|Championships|Election|Elections|Conference|Festival|Revolution|
Uprising|Accords|Accord|Expo|Forum|Marathon|Grand Prix|Open|Massacre|Crisis|Protests|Riots|Rally|Talks|Congress|Week|
Day|Referendum|Olympiad|Tournament|Series|Awards|Convention|Blitz|Offensive|Invasion|Operation`);

/** Head words of titles and honorifics ("President", "Secretary", "Mr."): never a name themselves. */
const TITLE_HEADS = words(`
President|Vice-President|President-elect|Minister|Premier|Secretary|Chancellor|Senator|Sen.|Representative|Rep.|
Congressman|Congresswoman|Governor|Gov.|Mayor|King|Queen|Prince|Princess|Pope|Emperor|Empress|Sultan|Emir|Sheikh|
Shaikh|General|Gen.|Colonel|Col.|Lieutenant|Lt.|Captain|Capt.|Admiral|Adm.|Commander|Cmdr.|Sergeant|Sgt.|Marshal|
Judge|Justice|Ambassador|Amb.|Envoy|Spokesman|Spokeswoman|Spokesperson|Speaker|Chairman|Chairwoman|Chair|Director|CEO|
Chief|Executive|Leader|Sir|Dame|Lord|Lady|Baroness|Baron|Earl|Duke|Duchess|Dr.|Dr|Mr.|Mr|Mrs.|Mrs|Ms.|Ms|Miss|Prof.|
Prof|Professor|Rev.|Rev|Reverend|Father|Archbishop|Bishop|Cardinal|Rabbi|Imam|Ayatollah|Patriarch|Commissioner|
Inspector|Detective|Coach|Manager|Aide|Adviser|Advisor|Tsar|Czar|Commander-in-Chief|MP|MEP|Attorney-General|
MPP|MLA|MNA|MSP|TD|Det.|Cpl.|Councillor|Councilor|Coun.|Cllr|Cllr.|Councilman|Councilwoman|Alderman|Alderwoman|Ald.|Constable|
Const.|Superintendent|Supt.|Insp.|Sheriff|Trustee|Reeve|Coroner|Magistrate|Auditor|Registrar|Ombudsman|Attorney|Pastor|Surgeon`);

/** Words that may stand before a title head inside a title ("Foreign", "Vice", "Deputy"). */
const TITLE_MODIFIERS = words(`
Vice|Prime|Foreign|Home|Defence|Defense|Interior|Finance|Health|Education|Trade|Industry|Culture|Energy|Transport|
Business|Work|Pensions|Environment|Justice|Deputy|Shadow|First|Former|Acting|Interim|Grand|Crown|Field|Supreme|Press|
Chief|Executive|Attorney|Solicitor|Opposition|Senior|Junior|Majority|Minority|Party|Brexit|Security|Economy|
Agriculture|Communications|Treasury|Cabinet|Labour|Lord|Commander|Army|Military|Presidential|Special|Secretary|General|
Euro|Veteran|Backbench|Rebel|Rt|Rt.|Transportation|International|Development|Constitutional|Media|Sport|Communities|Rural|Northern|Local`);

/** Lower-case role words that, right before a capitalised run, mark it as a person. */
const PERSON_CUE_BEFORE = words(`
president|secretary|minister|premier|chancellor|senator|sen.|rep.|governor|gov.|mayor|king|queen|prince|princess|pope|
general|gen.|colonel|col.|lieutenant|lt.|captain|capt.|admiral|commander|judge|justice|ambassador|envoy|spokesman|
spokeswoman|spokesperson|speaker|chairman|chairwoman|chair|director|ceo|chief|leader|deputy|aide|adviser|advisor|
mr.|mr|mrs.|mrs|ms.|ms|miss|dr.|dr|prof.|prof|professor|rev.|sir|dame|lord|lady|baroness|sheikh|emir|sultan|
counsel|attorney|lawyer|economist|analyst|official|officer|inspector|detective|coach|manager|founder|correspondent|
editor|reporter|journalist|author|historian|scientist|researcher|commissioner|negotiator|diplomat|strongman|
dictator|tycoon|billionaire|oligarch|businessman|businesswoman|actor|actress|singer|player|striker|candidate|
nominee|challenger|incumbent|predecessor|successor|rival|opponent|ally|son|daughter|wife|husband|brother|sister|
mother|father|uncle|aunt|widow|colleague|president-elect|emissary|mediator|presidential|prosecutor|mp|mep|mps|
mpp|mla|mna|msp|councillor|councilor|coun.|cllr|councilman|councilwoman|alderman|ald.|constable|const.|superintendent|supt.|sheriff`);

/** Verbs of saying and acting that, right after a name, mark it as a person. */
const PERSON_CUE_AFTER = words(`
said|says|told|tells|added|adds|argued|argues|wrote|writes|stated|insisted|insists|warned|warns|explained|explains|
claimed|claims|noted|notes|asked|asks|replied|replies|recalled|admitted|admits|acknowledged|believes|believed|thinks|
thought|urged|urges|vowed|vows|tweeted|posted|denied|denies|conceded|concedes|declared|suggested|suggests|hopes|hoped|
himself|herself|personally`);

/** Common given names (many cultures): a capitalised run that starts with one is a person. */
const GIVEN_NAMES = words(`
Aaron|Abdul|Abdullah|Abraham|Adam|Adrian|Ahmed|Ahmad|Alan|Albert|Alberto|Alec|Aleksandr|Aleksei|Alex|Alexander|
Alexandra|Alexei|Alexey|Alfred|Ali|Alice|Alicia|Alison|Amanda|Amir|Amy|Ana|Anatoly|Andrea|Andreas|Andrei|Andrew|Andrey|
Andriy|Andy|Angela|Angelina|Angus|Ann|Anna|Anne|Annalena|Anthony|Antonio|Antony|Arnold|Arthur|Ashley|Barack|Barbara|
Ben|Benjamin|Bernard|Bernie|Beth|Betty|Bill|Bob|Boris|Brad|Brandon|Brian|Bruce|Bruno|Carl|Carlos|Carol|Caroline|
Catherine|Charles|Charlie|Charlotte|Chris|Christian|Christina|Christine|Christopher|Chuck|Claire|Clare|Colin|Craig|
Dan|Daniel|Danny|Darren|David|Dean|Deborah|Denis|Dennis|Diana|Diane|Dick|Dmitri|Dmitry|Dmytro|Dominic|Don|Donald|
Douglas|Ed|Eddie|Edward|Elena|Elizabeth|Ellen|Elon|Emily|Emma|Emmanuel|Eric|Erik|Fatima|Felix|Fernando|Francis|
Francisco|Frank|Fred|Frederick|Gary|Gavin|Geoffrey|George|Gerald|Gordon|Grace|Graham|Greg|Gregory|Hakan|Hamid|Hannah|
Harold|Harry|Hassan|Heather|Helen|Henry|Hillary|Howard|Hugh|Hussein|Ian|Igor|Ilya|Ira|Irina|Isaac|Ivan|Jack|Jacob|
Jacques|Jake|James|Jamie|Jane|Janet|Jason|Javier|Jean|Jeff|Jeffrey|Jennifer|Jeremy|Jerome|Jessica|Jim|Jimmy|Joan|Joe|
Joel|Johann|John|Johnny|Jonathan|Jordan|Jorge|Jose|José|Joseph|Josh|Joshua|Juan|Judith|Julia|Julian|Julie|Justin|Karen|
Karl|Kate|Katherine|Kathleen|Keir|Keith|Kelly|Ken|Kenneth|Kevin|Kim|Kirill|Kamala|Kristi|Larry|Laura|Lauren|Lee|Leo|
Leonid|Linda|Lisa|Liz|Louis|Louise|Lucy|Luis|Luke|Marco|Marcus|Margaret|Maria|Marie|Marina|Mario|Mark|Martin|Mary|
Matt|Matthew|Maxim|Melania|Michael|Michel|Michelle|Mike|Mikhail|Mohamed|Mohammad|Mohammed|Muhammad|Mustafa|Nancy|
Naomi|Natalia|Natasha|Nathan|Neil|Nicholas|Nick|Nicola|Nicolas|Nigel|Nikita|Nikolai|Oleg|Oleksandr|Oleksiy|Olena|Oliver|
Olga|Omar|Oscar|Pamela|Patricia|Patrick|Paul|Pavel|Pedro|Pete|Peter|Petro|Philip|Pierre|Rachel|Rahul|Ralph|Ramzan|
Raymond|Rebecca|Recep|Richard|Rick|Rishi|Rob|Robert|Robin|Roger|Roman|Ron|Ronald|Rory|Rose|Ruth|Ryan|Sadiq|Sally|Sam|
Samantha|Samuel|Sandra|Sarah|Scott|Sean|Sebastian|Serhiy|Sergei|Sergey|Simon|Sophie|Stephen|Steve|Steven|Stuart|Susan|
Suzanne|Svetlana|Tanya|Ted|Teresa|Theresa|Thomas|Tim|Timothy|Tom|Tony|Tulsi|Valentina|Valery|Victor|Viktor|Vince|
Vincent|Vladimir|Vladislav|Volodymyr|Walter|Wayne|William|Xi|Yevgeny|Yulia|Yuri|Yury|Zoe|Olaf|Giorgia|Ursula|Jens|
Mark|Pete|JD|Marine|Nicolas|Friedrich|Benjamin|Mahmoud|Narendra|Shinzo|Fumio|Justin|Jair|Luiz|Cyril|Abiy|Hakeem|
Mitch|Nikki|Ron|Gavin|Kemi|Ed|Yvette|Rachel|Priti|Sajid|Jeremy|Nadhim|Liz|Boris|Theresa|Hilary|Tessa|Gordon|Tony|
Jacinda|Emmanuel|Angela|Recep|Tayyip|Mette|Petteri|Ulf|Kaja|Gitanas|Andrzej|Donald|Viktor|Robert|Aleksandar`);

/**
 * Given names that are also common English words ("Hope Dalton", "Faith Marlow", "Rusty Keane"):
 * the model's own list leaves them out (text mostly writes them in lower case), so alone they
 * prove nothing; the name rules take one for a given name only with a capitalised surname after it.
 */
const WORD_GIVEN_NAMES = words(`
Hope|Faith|Joy|Grace|Rose|Iris|Ivy|Holly|Daisy|Lily|Violet|Poppy|Pearl|Ruby|Amber|Crystal|Jewel|Dawn|April|June|
Summer|Autumn|Winter|Sky|Skye|Star|Destiny|Harmony|Melody|Charity|Patience|Prudence|Mercy|Constance|Felicity|
Serenity|Honor|Honour|Trinity|Sunny|Rusty|Dusty|Sandy|Candy|Penny|Ginger|Olive|Heather|Bill|Will|Mark|Frank|Grant|
Chase|Hunter|Glen|Dale|Cliff|Drew|Lance|Miles|Rod|Wade|Art|Bud|Chip|Buck|Gene|Guy|Jack|Jay|Ray|Rex|Don|Earl|Pat|
Sue|Robin|Carol|Dean|Rich|Sterling|Forrest|Brook|Brooke|Wren`);
/** Lower-case words allowed inside a name between capitalised words. */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(words('of|de|da|di|du|del|della|der|den|van|von|la|le|bin|ibn|al|el|dos|das|y|and|&|the|for|st.'));

/** Sentence-initial capitalised words that are never (the start of) a name. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  words(`
the|a|an|in|on|at|for|to|from|by|with|without|of|as|after|before|during|since|until|despite|although|though|while|
when|whenever|where|why|how|what|which|who|whom|whose|that|this|these|those|there|here|it|its|he|she|they|we|you|i|
his|her|their|our|my|your|but|and|or|so|yet|nor|if|unless|because|however|meanwhile|still|now|then|thus|also|only|
even|just|both|either|neither|each|every|all|some|many|most|more|much|few|several|any|no|not|none|one|two|three|
another|other|such|same|such|asked|according|amid|among|against|across|under|over|above|below|between|into|onto|
through|throughout|toward|towards|upon|within|about|around|beyond|instead|indeed|moreover|furthermore|nevertheless|
nonetheless|otherwise|therefore|hence|perhaps|maybe|yes|no|well|oh|last|next|earlier|later|today|yesterday|tomorrow|
tonight|again|already|always|never|often|sometimes|soon|ago|first|finally|overall|together|elsewhere|whether|like|
unlike|following|including|regarding|concerning|given|despite|alongside|whatever|whoever|whichever|let|please|
speaking|writing|its|is|are|was|were|be|been|has|have|had|do|does|did|can|could|will|would|shall|should|may|might|must`),
);

export interface GazetteerHit {
  type: NameType;
}

function compile(): Map<string, NameType> {
  const map = new Map<string, NameType>();
  const add = (list: string[], type: NameType) => {
    for (const w of list) {
      const key = w.toLowerCase();
      if (!map.has(key)) map.set(key, type);
    }
  };
  // order matters: the first list to claim a form wins
  add(ORGS, 'ORG');
  add(COUNTRIES, 'LOC');
  add(CITIES, 'LOC');
  add(REGIONS, 'LOC');
  add(NORP, 'NORP');
  add(EVENTS, 'EVENT');
  return map;
}

/** Known names: lower-cased form → type. */
export const KNOWN_NAMES: ReadonlyMap<string, NameType> = compile();

/** Every single word that occurs in a known multi-word name, lower-cased. */
export const KNOWN_NAME_WORDS: ReadonlySet<string> = new Set(
  [...KNOWN_NAMES.keys()].flatMap((k) => k.split(/[ -]/)).filter((w) => w.length > 1 && !NAME_CONNECTORS.has(w)),
);

const lowerSet = (list: string[]): ReadonlySet<string> => new Set(list.map((w) => w.toLowerCase()));

/** A firm's legal suffixes, in lower case, with and without their stops (names after "'s" and over a comma, asides before a verb). */
export const LEGAL_SUFFIX_WORDS: ReadonlySet<string> = new Set(['inc', 'inc.', 'ltd', 'ltd.', 'co', 'co.', 'llc', 'plc', 'corp', 'corp.', 'l.p.', 'lp', 'n.v.', 'nv', 'ag', 's.a.', 'sa']);
export const ORG_CUE_WORDS = lowerSet(ORG_CUES);
export const LOC_CUE_WORDS = lowerSet(LOC_CUES);
export const MISC_CUE_WORDS = lowerSet(MISC_CUES);
export const EVENT_CUE_WORDS = lowerSet(EVENT_CUES);
export const TITLE_HEAD_SET = lowerSet(TITLE_HEADS);
export const TITLE_MODIFIER_SET = lowerSet(TITLE_MODIFIERS);
export const PERSON_BEFORE = lowerSet(PERSON_CUE_BEFORE);
export const PERSON_AFTER = lowerSet(PERSON_CUE_AFTER);
export const GIVEN_NAME_SET = lowerSet(GIVEN_NAMES);
/** `WORD_GIVEN_NAMES`, lower-cased. */
export const WORD_GIVEN_NAME_SET = lowerSet(WORD_GIVEN_NAMES);
