import { wordSet } from "./word-set";

// Common first names of people living in the Netherlands: generations from the 1930s to now,
// including names common among residents with a Moroccan, Turkish, Surinamese or Syrian background.
// Names that are also nouns (Roos, Merel) are here too; name-detection.ts treats those with care.
export const FIRST_NAMES = wordSet(`
  jan piet kees henk gerrit klaas willem wim johan hans peter cor ad adrie toon ton bert gert gerard
  frans harrie harry hendrik hein herman jaap jacob joop joost jos jeroen marco mark martin marcel
  michel mike niels rob robert ronald ruud rené rene richard rik roel sander stefan theo tom tim
  thijs bas bart daan dennis dirk erik eric frank freek geert guus hugo ivo jasper jesse joris kevin
  koen lars lucas luuk maarten martijn mees milan noah olaf paul pim rutger sem sjaak sjef stijn teun
  thomas vincent wouter wout finn levi liam luca sven jelle job gijs floris hidde ruben tijn stan
  bram leo louis nico arie dries huub jules chris anton antoon harm evert fons lambert marinus nol
  sjors tinus walter wilco jeffrey patrick erwin edwin danny ferry rick ben jeroen ard arjan bas
  berend bertus cees coen dick dolf eef eelco egbert fred gijsbert govert hennie hub jacques jef
  jochem jurgen kasper lodewijk lou maurice nard nick niek otto pieter quinten rinus roy sebastiaan
  siem sietse stefan steven tobias twan victor wiebe wessel wijnand yorick jan-willem jan-peter
  anne-marie marie-louise marie-josé
  mohammed mohamed ahmed ali mustafa hassan omar said karim mehmet ibrahim yusuf emre hamza bilal
  ayoub adam youssef abdel abdelkader rachid hicham khalid driss mourad samir nordin ismail murat
  hüseyin hasan osman kemal ahmet burak can deniz serkan ramon rajesh ravi sunil anil ramesh
  mahmoud khaled ammar tarek
  anna anne annie anja anneke annemarie ans astrid bep betsie carla carolien caroline corrie cora
  daphne debby diana dina dini dora elly els elisabeth ellen emma esther eva evelien fenna femke
  fleur gerda greet grietje hanneke hannie hanna heleen hilde ina ineke ingrid iris jacqueline
  janneke jannie jolanda josé judith julia karin kim lies lisa lieke linda lotte loes maria marie
  marja marian mariska marleen marloes martine mieke mien monique nel nelly noor petra ria riet rita
  roos sandra sanne saskia sophie suzanne tineke toos truus wilma willemijn yvonne zoë jolien kelly
  manon mirjam nicole patricia renate sabine wendy bianca chantal ilse inge lianne marjolein miranda
  nathalie sylvia tanja wilhelmina mina cato tess nina yara lynn evi liv mila saar ilona frieda
  dorien gonny jet leni mies nellie trees wies marga margriet mariëlle paula nienke anouk demi floor
  jasmijn merel romy sterre tessa vera hester joke jenny jeanne jet mientje miep hetty henny lenie
  gerry ria willy dorothé agnes bertha cisca clasina coby corry diny door elsje emmy fien gea
  gretha hermien jopie klazina lenny lidy lizzy marijke marianne mathilde nanda pauline rianne
  roelie sientje stien teuntje tiny tonny wilhelmien
  fatima khadija aisha samira nora yasmina meryem elif zeynep ayse ayşe naima malika sara sarah lina
  amira hatice hanan houda latifa nadia salma souad zahra emine fatma gül sevgi esra büşra hira
  sunita shanti priya rani ghalia rasha hiba reem
`);
