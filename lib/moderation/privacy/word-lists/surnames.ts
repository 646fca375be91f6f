import { wordSet } from "./word-set";

// Frequent Dutch and Flemish surnames, and frequent surnames of residents with a migration
// background. Written without their particle: "Jansen", "Dijkstra".
export const SURNAMES = wordSet(`
  jansen janssen bakker visser smit meijer meyer mulder bos vos peters hendriks dekker brouwer
  dijkstra smits kok jacobs vermeulen schouten willems hoekstra maassen verhoeven koster prins blom
  huisman peeters kuiper bosch veenstra kramer postma hermans evers jonker martens scholten
  gerritsen schipper verbeek timmermans groen wouters willemsen hoogendoorn kuipers molenaar
  sanders verbruggen claassen hofman goossens bosman verschuren franken wijnen aerts pieters
  heijnen boon post mertens driessen janssens maes claes teunissen koopman kroon verhagen bouwman
  arts gelderman hoogland vink brink bruins vissers biesheuvel bouma boersma brands broekhuis
  cornelissen damen derksen dirksen donkers elzinga ferwerda geerts gijsbers haverkamp
  hendriksen hoek hofstra hoogeveen hulshof jacobsen jongman kamphuis kemper keizer klaassen
  kok koning kooistra kortekaas kuijpers lammers leenders luijten maassen meulenbroek michels
  nijhuis nijland oosterhuis oudshoorn paulussen penning peters pijnenburg plasman reijnders
  rietveld rijnders roelofs rutten schaap schoenmakers slot smeets snijders spijkers stam steenbergen
  stevens swinkels thijssen tillemans tromp vlaming vos wagenaar weijers wessels westra wijnands
  zwaan zijlstra zwart akkermans aarts baars beekman bertens bogaerts boogaard bosschaart bovens
  broekman burger coenen crooijmans daniëls dekkers dobbelsteen eijkelenboom fransen gevers
  goris hamers heesters hereijgers hoppenbrouwers huijbregts jongerius kerkhofs klomp knoops
  koenders kools kuijken lambregts leijten loonen manders marijnissen meeuwsen mol nooijen oomen
  paanakker quirijnen raaijmakers rombouts sprenkels stoop tielemans oers verdaasdonk
  verhoef verstappen vos weterings wijnhoven
  yilmaz kaya demir şahin sahin çelik celik öztürk ozturk aydın aydin arslan doğan dogan koç koc
  kılıç kilic bakkali bouzid haddou amrani idrissi benali ouali ahmadi hosseini nguyen tran singh
  kumar pinas martina ramdin ramdas baldew autar bhagwandin mahabier sewdien kartosen soekhoe
  geurts verhoeven hoeks brekelmans broeders vermeer verheijen heerkens ketelaars
  boukhari elhamdaoui ait abdellaoui bouchtaoui el-amrani aarab azzouz hamdi khalil haddad
  bastiaansen bernards blankers boeren bruijnzeels buijs cools dingemans
  emons faes gommers hagenaars hendrikx hessels jaspers jorissen kleijnen konings kuppens laurijssen
`);

// Surname cores that are also ordinary words ("Vries", "Jong", "Groot"), taken as a name only
// after a particle: "de Vries", "de Jong", "van Dijk".
export const SURNAMES_AFTER_PARTICLE = wordSet(`
  jong vries boer groot wit graaf haan leeuw bruijn bruin koning klerk lange ruiter rooij rooy kort
  vos wolf jager munnik haas kok smit goede waal hartog beijer valk visscher zwart mol bakker
  amrani idrissi dijk berg bergh leeuwen zanden velde laar pol loon bosch meulen poel wiel weerd
  leest doorn ende hulst schoot ploeg rijn sande heijde elst hoven kuijl staak dongen berkel eijk
  gils haren hooff hulzen kessel laarhoven rijt loo mortel steenhoven weijden veen vliet ven
`);

// Surname cores that are also names of places and streets ("aan de Heuvel", "op de Brink"): a name
// only after a particle with "van": "van den Heuvel", "van der Meer", "van de Water".
export const SURNAMES_AFTER_VAN = wordSet(`
  heuvel meer linden broek heijden beek wal dam wijk hoek kamp brink burg ham akker water hout
  steen horst vaart molen sluis kerkhof pas laan riet bos
`);

// Particles written before a Dutch surname (the longest first, so "van der" wins over "van").
// "op de" and "in 't" are left out: far more often a preposition ("op de Heuvel") than a name.
export const PARTICLES = [
  "van der",
  "van den",
  "van de",
  "van 't",
  "van het",
  "de la",
  "van",
  "de",
  "der",
  "den",
  "ter",
  "ten",
  "te",
  "'t",
  "le",
  "la",
  "el",
];
