/**
 * Hand-built Dutch concept lexicon for the usual beursvloer themes.
 * One concept per line: `id|nl label|en label|parents (comma separated)|terms`.
 * Terms are plain words in any inflection; they are stemmed on load, and compound
 * parts of longer words ("dierenarts", "fondsenwerving") are looked up too.
 * Parents are broader themes, so "laptop" and "router" meet under "ict".
 * Keep it general: words a Dutch municipality's listings would use, not phrases of one data set.
 */
export const LEXICON_SOURCE = `
ict|ICT en computers|ICT and computers||ict computer computers pc pcs automatisering digitaal digitale software hardware it techniek tech nerd technisch
devices|computers en apparaten|computers and devices|ict|laptop laptops notebook chromebook chromebooks tablet tablets ipad ipads smartphone smartphones telefoon telefoons mobiel mobieltje toestel toestellen apparaat apparaten printer printers beeldscherm monitor scherm schermen muis toetsenbord afgeschreven inruil inruiltoestel
network|netwerk en internet|network and internet|ict|internet wifi wi-fi netwerk router routers accesspoint access_point verbinding verbindingen server servers back-up backup backups wachtwoord wachtwoorden beveiliging cloud systeembeheer systeembeheerder beheerder glasvezel storing
web|website en apps|website and apps|ict,publicity|website websites site sites webapp app apps applicatie formulier formulieren online webshop reserveringssysteem reservering inschrijving inschrijven programmeur programmeren developer developers
digiskills|digitale vaardigheden|digital skills|ict,training|whatsapp appen internetten digivaardig computerles computercursus cursist cursisten senioren smartphonecursus uitproberen oefenen
publicity|PR en publiciteit|PR and publicity||pr publiciteit reclame promotie marketing communicatie bekendheid zichtbaarheid naamsbekendheid campagne advertentie advertenties vermelding adverteren nieuwsbrief persbericht pers krant dorpsblad blad huis-aan-huis
design|ontwerp en drukwerk|design and print|publicity|ontwerp ontwerpen ontwerper vormgeving vormgever grafisch logo huisstijl poster posters affiche affiches flyer flyers folder drukwerk drukken printen print spandoek spandoeken banner banners doek tekenen tekening tekeningen illustratie copyshop drukkerij a0 a1 uitnodiging
photo|foto en film|photo and video|publicity|foto fotos fotografie fotograaf film filmpje video videos drone luchtbeeld luchtbeelden luchtopname opnames beeld beelden camera montage monteren vlog youtube reportage
social|social media|social media|publicity|social_media sociale_media facebook instagram tiktok linkedin berichten volgers posts
sponsor|sponsoring en fondsen|sponsorship and funding|finance|sponsor sponsors sponsoring sponsorplan sponsorpakket shirtsponsor fonds fondsen fondsenwerving subsidie subsidies subsidieaanvraag aanvraag aanvragen potje potjes donatie donaties doneren crowdfunding geldwerving inkomsten opbrengst actie statiegeld loterij projectplan
finance|financien en administratie|finance and administration||financien financieel administratie boekhouding boekhouder boeken penningmeester kascommissie begroting jaarrekening belasting btw accountant centen geld budget kas kassa factuur facturen salarisadministratie
legal|juridisch advies|legal advice|advice|juridisch jurist advocaat notaris statuten contract contracten avg privacy wetgeving vergunning vergunningen aansprakelijkheid
insurance|verzekeringen|insurance|advice|verzekering verzekeringen verzekerd verzekeraar polis polissen gedekt dekking schade aansprakelijk assurantie risico
safety|veiligheid|safety||veiligheid veilig onveilig risico risicos rie inventarisatie arbo brandveiligheid brandblusser brandblussers ehbo bhv reanimatie aed ongeluk letsel gevaarlijk preventie
advice|advies|advice||advies adviseren adviseur advieswerk consult coach coaching begeleiding sparren sparringpartner meedenken deskundige expert kennis
governance|bestuur en organisatie|board and organisation||bestuur bestuurder bestuurders bestuurslid voorzitter secretaris vergadering ledenvergadering beleid strategie organisatieadvies
mediation|bemiddeling en conflicten|mediation and conflict|advice,governance|mediation mediator bemiddeling bemiddelen conflict conflicten ruzie ruzies botsen botst schuurt onenigheid spanning spanningen gesprek gesprekken oplossen verzoenen problemen
training|training en workshops|training and workshops||training trainingen cursus cursussen workshop workshops les lessen lesavond scholing opleiding leren uitleg instructie instructeur clinic masterclass voorlichting presentatie lezing spreker uitleggen vertellen
education|onderwijs en school|education and school|youth|school scholen basisschool leerling leerlingen klas klassen huiswerk huiswerkklas huiswerkbegeleiding bijles leerkracht leraar juf meester docent onderwijs studie student studenten taal taalles nederlands lezen voorlezen rekenen
youth|kinderen en jeugd|children and youth||kind kinderen kinder jeugd jeugdleden jongeren jongere tiener tieners peuter peuters kleuter kleuters baby gezin gezinnen ouders scouting speeltuin jeugdwerk
elderly|ouderen|older people||ouderen oudere senior senioren bejaarden 50-plus 60-plussers plussers ouderensoos soos bejaardenhuis verzorgingshuis aow gepensioneerd eenzaam eenzaamheid alleenstaand
care|zorg en welzijn|care and welfare||zorg welzijn mantelzorg mantelzorger mantelzorgers respijt beperking gehandicapt gehandicapten rolstoel rolstoelen dementie chronisch patient patienten huisarts verpleging hospice dagbesteding cliënten clienten thuiszorg
health|gezondheid en beweging|health and exercise|care|gezondheid gezond beweging bewegen beweegcoach fysiotherapie fysiotherapeut fysio parkinson copd reuma revalidatie fysieke trillen stijfheid evenwicht conditie sportief fit diëtist dietist leefstijl
medicine|medicijnen|medicines|health|medicijn medicijnen medicatie pil pillen apotheek apotheker bijwerking bijwerkingen geneesmiddel
wellbeing|verwennen en verzorging|pampering and personal care|care|verwennen verwenmoment verwendag massage handmassage schoonheid schoonheidsspecialiste gezichtsbehandeling manicure pedicure kapper kappen knippen knipbeurt scheren barbier barbershop haar haren baard make-up watten beauty
poverty|armoede en minima|poverty support|care|armoede arm minima voedselbank schulden schuldhulp krap smalle_beurs weinig_geld kwetsbaar dakloos daklozen daklozenopvang nachtopvang opvang
bereavement|rouw en verlies|grief and loss|care|rouw rouwen rouwcafe verlies verloren overleden uitvaart aula herdenking lotgenoten lotgenotengroep dierbare
animals|dieren|animals||dier dieren dierenarts dierenkliniek dierenasiel asiel hond honden hondenschool puppy kat katten kitten kittens poes zwerfkat zwerfkatten paard paarden pony ponys kippen vee dierenwelzijn chippen castreren steriliseren ontvlooien vogels
horse|paardrijden|horse riding|animals,outing|paardrijden manege ruiter ruiters paard paarden pony ponys rijles huifkar
food|eten en voedsel|food||eten voedsel voeding maaltijd maaltijden ingredient ingredienten levensmiddelen boodschappen voorraad groente groenten fruit aardappelen brood broodjes zuivel melk yoghurt vla kaas vlees soep houdbaarheid houdbaar overschot restaurant groenteboer supermarkt wortel wortels courgette courgettes kool tomaat tomaten sla komkommer appel appels peer peren eieren pasta rijst vers verse gerecht gerechten smaak smaakt proeven lunch diner ontbijt voedzaam warm
cooking|koken en catering|cooking and catering|food|koken kok koks kookclub kookles catering cateraar keuken keukens bakken bakker bakkerij banketbakker taart taarten gebak koffie thee hapje hapjes barbecue bbq buffet tafelen
kitchen|keuken en apparatuur|kitchen and appliances|materials|keuken keukens keukenblok aanrecht kastjes fornuis oven inductie kookplaat vaatwasser afwasmachine koelkast koelkasten koeling koelcel vriezer diepvries bierkoeling tap tapinstallatie frituur magnetron koffiemachine apparatuur witgoed
furniture|meubilair|furniture|materials|meubel meubels meubilair tafel tafels stoel stoelen stapelstoelen bureau bureaus kast kasten bank banken inrichting inrichten kantoormeubilair schoolmeubilair bedden bed
materials|materialen en spullen|materials and goods||materiaal materialen spullen goederen middelen voorraad restpartij restpartijen overschot restmateriaal restanten afgedankt tweedehands gebruikt
textile|textiel en handwerk|textiles and crafts|materials|wol garen garenklossen breien brei breiclub haken haak haakles naaien naaimachine naaiclub handwerk stof stoffen fournituren knopen ritsen elastiek borduren quilt mutsen sjaals sokken
clothing|kleding|clothing|materials|kleding kleren jas jassen schoenen hesje hesjes shirt shirts tenue tenues bedrijfskleding werkkleding uniform uniformen
toys|speelgoed en spellen|toys and games|youth,materials|speelgoed spel spellen spelletjes bordspel bordspellen puzzel puzzels knuffel knuffels bouwdoos springkussen sjoelen blikgooien zaklopen cadeau cadeaus cadeautjes
party|feest en evenementen|parties and events||feest feesten feestje feestweek feestavond kinderfeest buurtfeest dorpsfeest festival evenement evenementen jubileum verjaardag jarig trakteren traktatie receptie nieuwjaarsreceptie opening open_dag opendag open_kwekerijdag markt braderie optocht praalwagen carnaval sinterklaas sint kerstmarkt kermis toernooi
stage|podium, licht en geluid|stage, light and sound|party,music|podium buitenpodium licht lichtset verlichting geluid geluidsinstallatie geluidsset versterker speakers microfoon techneut technicus tent tenten partytent
music|muziek en zang|music and singing||muziek muzikant muzikanten muziekvereniging band bands koor koren zang zingen zanger zangers zangeres dirigent orkest fanfare harmonie instrument instrumenten piano vleugel klarinet trompet hoorn gitaar drums repetitie repeteren optreden concert concerten jingle lied liedjes cd opname opnemen studio opnamestudio spotify
culture|cultuur en kunst|culture and arts||cultuur kunst kunstenaar expositie tentoonstelling museum oudheidkamer erfgoed geschiedenis historie toneel theater musical voorstelling film schilderij atelier fotoclub galerie etalage
space|ruimte en zalen|rooms and venues|facilities|ruimte ruimtes zaal zalen zaaltje vergaderruimte vergaderzaal repetitieruimte bovenzaal lokaal leslokaal kantoor kantoortje locatie onderkomen clubhuis clubgebouw buurthuis wijkcentrum dorpshuis gebouw kantine kerk accommodatie koffiekamer
storage|opslag en loodsen|storage and sheds|facilities|opslag opslagruimte loods loodsen hal hallen schuur schuren bouwplek werkplaats garage container droog stallen stalling pallets kwijt opbergen opslaan bewaren onderbrengen
facilities|faciliteiten|facilities||faciliteit faciliteiten voorziening gebruik lenen uitlenen beschikbaar
transport|vervoer en transport|transport|facilities|vervoer vervoeren transport bus busje bestelbus personenbus buurtbus auto autos chauffeur chauffeurs rijden rit ritten rijbewijs taxi aanhanger bakfiets ophalen rondbrengen bezorgen bezorging verhuizen verhuizing verhuis koerier pakketten
bicycle|fietsen|cycling|transport,outing|fiets fietsen e-bike e-bikes fietstocht fietsles fietsroute fietsverhuur tandem
outing|uitjes en recreatie|outings and recreation||uitje uitjes dagje uitstapje excursie rondvaart varen boot vaartocht recreatie pretpark speelparadijs dierentuin zwembad vakantie zomervakantie vakantiehuis vakantiehuisje bungalow bungalowpark kamp kamperen natuur wandelen wandeling route ontspanning rust bijkomen ertussenuit
water|water en varen|water and boating|outing|water boot boten motorboot sloep kano roeien zeilen plas zwemmen zwemles zwembad baduren reddingsbrigade steiger
sports|sport|sport||sport sporten sportclub sportvereniging voetbal volleybal hockey tennis atletiek zwemmen turnen tafeltennis sporthal sportpark sportveld veld velden kleedkamer kleedkamers wedstrijd wedstrijden training trainer toernooi clinic team
building|bouwen en klussen|building and odd jobs|hands|klus klussen klusjes klusjesman klusdag verbouwen verbouwing renovatie renoveren opknappen bouwen bouw bouwploeg bouwvakker bouwvakkers aannemer timmerman timmeren timmerwerk reparatie repareren monteren installeren herstellen onderhoud stevig vloer wand muur dak hek hekwerk schutting deur deuren kozijn kozijnen tegels metselen
wood|hout en houtbewerking|wood and woodwork|building,materials|hout houten balk balken plank planken timmerhout sloophout steigerhout zagen schaven meubelmaker houtbewerking zaag boren schroeven frame triplex pallet
metal|metaal en lassen|metal and welding|building|metaal staal staalresten ijzer lassen lasser laswerk smeden roest doorgeroest rooster frame constructie metaalbewerking
painting|schilderwerk|painting|building|schilder schilders schilderen schilderwerk verf verven latex lak grondverf buitenverf muurverf kwast kwasten roller sauzen witten afbladderen afbladderende opfrissen opknappen behangen behang
electric|elektra en installatie|electrical work|building,energy|elektra elektricien elektrisch stroom stopcontact stopcontacten groepen groepenkast bedrading kabel kabels verlichting lampen lamp krachtstroom installatie installateur aansluiten
heating|verwarming|heating|building,energy|verwarming verwarmen cv cv-ketel ketel radiator radiatoren kachel kacheltje warm koud warmtepomp isolatie isoleren stookseizoen gasheater gas thermostaat
energy|energie en duurzaamheid|energy and sustainability||energie duurzaam duurzaamheid zonnepanelen zonnepaneel panelen omvormer energierekening besparen energiebesparing stroom_opwekken warmtepomp isolatie klimaat gasloos aardgasvrij led
cleaning|schoonmaak|cleaning|hands|schoonmaak schoonmaken poetsen ramen glazenwasser glasbewassing wassen zemen vies vieze stofzuigen opruimen opruimactie leegruimen zwerfafval afval
garden|tuin en groen|gardens and greenery||tuin tuinen tuinier tuinieren tuinders moestuin volkstuin groen groenvoorziening hovenier snoeien snoei snoeiwerk maaien gras grasland bomen boom fruitbomen hoogstam boomgaard boomverzorger boomkwekerij haag haagplanten heg planten plant plantjes bloemen bloembollen bollen tulpen zaaien perken bermen struiken bloei kwekerij compost insectenhotel bijenhotel bijen paden
nature|natuur en milieu|nature and environment|garden|natuur natuurvereniging natuurgebied milieu bos heide dijk beek insecten vogels biodiversiteit natuurbeheer natuurgids
hands|helpende handen|helping hands||handen vrijwilligersdag teamuitje personeelsuitje collega collegas medewerkers mankracht meehelpen sjouwen tillen opbouwen afbreken inpakken sorteren klaarmaken aanleggen leegruimen buitenwerk vrijwilligerswerk aanpakken handen_uit_de_mouwen
eyecare|ogen en brillen|eye care|care|bril brillen oogmeting ogen opticien optiek lenzen
`;

/**
 * Extra known words used only to split compounds ("vrijwilligersavond" -> vrijwilliger + avond).
 * They become ordinary term features, not concepts.
 */
export const SPLIT_WORDS = `
avond middag ochtend dag week jaar tijd huis werk klas lid leden man vrouw kind mens buurt wijk dorp stad straat plein
vereniging club stichting groep team punt plek plaats hulp dienst winkel bedrijf kantoor centrum gebouw ruimte zaal kamer
school les boek spel land veld water bos berg weg deur raam muur vloer dak tuin boom plant bloem fruit brood soep koffie
vrijwilliger bestuur leiding leider meester kosten prijs geld dienst vak kunst licht geluid beeld foto film lijst plan
werving rekening tekening zwerf ouder oud jong jeugd senior kinder klein groot nieuw eigen vrij open eind begin ronde rit tocht reis dorps feest
`;
