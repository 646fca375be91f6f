import { wordSet } from "./word-set";

// Capitalised words residents write that are not people: places and districts around the demo
// municipality and in the Netherlands, organisations in the social domain, months, days, holidays,
// nationalities and religions, apps. A name candidate containing one of these is dropped.
export const NOT_NAMES = wordSet(`
  oosterhout breda dorst oosteind hout dongen tilburg etten-leur rijen made geertruidenberg
  raamsdonksveer teteringen ulvenhout prinsenbeek gilze drimmelen waalwijk roosendaal bergen
  rotterdam amsterdam utrecht eindhoven haag bosch 's-hertogenbosch zwolle groningen nijmegen
  arnhem maastricht leiden delft dordrecht zaandam almere lelystad
  arkendonk dommelbergen vrachelen slotjes zandheuvel oosterheide centrum strijen heihoef
  everdenberg contreie statendonk bouverijen oranjewijk brabantpark vijf eiken
  nederland brabant noord-brabant holland belgië belgie marokko turkije suriname syrië syrie polen
  duitsland europa afghanistan eritrea oekraïne oekraine
  nederlander nederlandse nederlands marokkaans marokkaanse marokkaan turks turkse surinaams
  surinaamse syrisch syrische pools poolse duits duitse belg belgische oekraïens oekraïense
  christen christelijk katholiek katholieke protestant protestantse moslim islamitisch joods
  sociaal wijkteam wijkteams wmo jeugdwet participatiewet thebe surplus ggd zorgbelang amarant
  gemeente voedselbank humanitas zonnebloem vluchtelingenwerk belastingdienst thuiszorg careyn
  vivent stichting leger heils kruis rode juridisch loket stadswinkel buurtzorg tanteluuk
  uwv svb cak duo zilveren vgz cz menzis ziggo kpn eneco essent vattenfall albert heijn jumbo
  lidl aldi action kruidvat hema bibliotheek theek5 kerk moskee wijkcentrum buurthuis
  mantelzorg mantelzorger mantelzorgers adviesraad raad college burgemeester wethouder
  januari februari maart april mei juni juli augustus september oktober november december
  maandag dinsdag woensdag donderdag vrijdag zaterdag zondag weekend
  kerst kerstmis pasen pinksteren ramadan suikerfeest offerfeest koningsdag oudjaar sinterklaas
  carnaval corona covid covid-19 god allah jezus bijbel koran
  facebook whatsapp google instagram digid youtube tiktok internet
`);

// Whole phrases that look like "particle + surname" but are places or institutions.
export const NOT_NAME_PHRASES = new Set([
  "den bosch",
  "den haag",
  "den hout",
  "den helder",
  "den dungen",
  "de bilt",
  "de lier",
  "de maas",
  "de waal",
  "de rijn",
  "ten boer",
  "ter aar",
  "van gogh",
  "de koning",
  "de heer",
]);

// First names and surnames that are also everyday words ("Ben je…", "Roos", "Post", "Arts"):
// at the start of a sentence they count only when another name word follows.
export const WORDS_THAT_ARE_ALSO_NAMES = wordSet(`
  ben wil roos riet fleur iris ton lies els toon floor merel mees leen door bas jet job mark frank
  noor hoop may sem stijn lou nol fien fred dick otto
  post groen slot burger stam mol klomp kok bos vos prins blom boon kroon keizer koning hoek brink
  zwaan zwart schaap penning stoop tromp vink kramer arts schipper koopman visser bakker mulder
  smit molenaar wagenaar kuiper jonker jager haas valk
`);
