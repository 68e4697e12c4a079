-- Demo marketplace for Hellendoorn: businesses and voluntary organisations with offers and
-- requests. Runs after supabase/seed.sql; independent of it (creates what it needs, skips
-- what exists). Organisations have no creator and no members: demo users are the lead's.
-- Dates are relative to the day the seed runs, so the demo never starts out expired.

insert into public.municipalities (id, slug, name)
values ('00000000-0000-4000-8000-000000000001', 'hellendoorn', 'Hellendoorn')
on conflict do nothing;

-- Coordinates as in src/lib/places/data.ts.
create temporary table seed_places (place text primary key, lat double precision, lon double precision);
insert into seed_places values
  ('Hellendoorn', 52.3883, 6.45), ('Nijverdal', 52.36, 6.4681), ('Haarle', 52.3592, 6.3806),
  ('Daarle', 52.4333, 6.55), ('Daarlerveen', 52.445, 6.58), ('Hulsen', 52.388, 6.505),
  ('Marle', 52.406, 6.41), ('Rijssen', 52.3067, 6.5181), ('Wierden', 52.3592, 6.5931),
  ('Raalte', 52.3858, 6.275);

insert into public.organisations (id, municipality_id, kind, name, slug, kvk_number, description, place, latitude, longitude, website, created_by)
select o.id::uuid, '00000000-0000-4000-8000-000000000001', o.kind::public.organisation_kind, o.name, o.slug, o.kvk,
       o.description, o.place, p.lat, p.lon, o.website, null
from (values
  ('a0000000-0000-4000-8000-000000000001', 'business', 'Bouwbedrijf Ter Horst', 'bouwbedrijf-ter-horst', '08123401', 'Familiebedrijf in nieuwbouw, verbouw en onderhoud sinds 1962.', 'Nijverdal', 'https://terhorst-bouw.example.nl'),
  ('a0000000-0000-4000-8000-000000000002', 'business', 'Schildersbedrijf Kamphuis', 'schildersbedrijf-kamphuis', '08123402', 'Schilderwerk binnen en buiten, glaszetten en wandafwerking.', 'Hellendoorn', null),
  ('a0000000-0000-4000-8000-000000000003', 'business', 'Warme Bakker Nijhof', 'warme-bakker-nijhof', '08123403', 'Ambachtelijke bakker met winkels in Haarle en Nijverdal.', 'Haarle', null),
  ('a0000000-0000-4000-8000-000000000004', 'business', 'Regge ICT', 'regge-ict', '08123404', 'Systeembeheer, werkplekken en websites voor het mkb in Twente.', 'Nijverdal', 'https://regge-ict.example.nl'),
  ('a0000000-0000-4000-8000-000000000005', 'business', 'Administratiekantoor Zwiers', 'administratiekantoor-zwiers', '08123405', 'Boekhouding, loonadministratie en belastingaangiften.', 'Daarle', null),
  ('a0000000-0000-4000-8000-000000000006', 'business', 'Transportbedrijf Oosterhof', 'transportbedrijf-oosterhof', '08123406', 'Regionaal transport en verhuizingen met eigen wagenpark.', 'Daarlerveen', null),
  ('a0000000-0000-4000-8000-000000000007', 'business', 'Hotel De Uitkijk', 'hotel-de-uitkijk', '08123407', 'Hotel en vergadercentrum aan de voet van de Sallandse Heuvelrug.', 'Hellendoorn', 'https://deuitkijk.example.nl'),
  ('a0000000-0000-4000-8000-000000000008', 'business', 'Hoveniersbedrijf Groenrijk Marle', 'hoveniersbedrijf-groenrijk-marle', '08123408', 'Tuinaanleg, snoeiwerk en groenonderhoud.', 'Marle', null),
  ('a0000000-0000-4000-8000-000000000009', 'business', 'Autobedrijf Hulsen', 'autobedrijf-hulsen', '08123409', 'Garage, APK en verhuur van bestelbussen.', 'Hulsen', null),
  ('a0000000-0000-4000-8000-000000000010', 'business', 'Drukkerij Salland Print', 'drukkerij-salland-print', '08123410', 'Drukwerk, posters, spandoeken en huisstijl.', 'Rijssen', null),
  ('a0000000-0000-4000-8000-000000000011', 'business', 'Installatietechniek Wierden', 'installatietechniek-wierden', '08123411', 'Elektra, verwarming en zonnepanelen.', 'Wierden', null),
  ('a0000000-0000-4000-8000-000000000012', 'business', 'Accountantskantoor Raalte', 'accountantskantoor-raalte', '08123412', 'Accountancy en advies voor ondernemers en verenigingen.', 'Raalte', null),
  ('a0000000-0000-4000-8000-000000000021', 'voluntary', 'SV Hellendoorn', 'sv-hellendoorn', null, 'Voetbalvereniging met 450 leden en een eigen clubhuis.', 'Hellendoorn', null),
  ('a0000000-0000-4000-8000-000000000022', 'voluntary', 'Muziekvereniging Concordia Nijverdal', 'muziekvereniging-concordia', null, 'Harmonieorkest, slagwerkgroep en jeugdopleiding.', 'Nijverdal', null),
  ('a0000000-0000-4000-8000-000000000023', 'voluntary', 'Stichting Dorpshuis Daarle', 'dorpshuis-daarle', null, 'Het dorpshuis van Daarle, gerund door vrijwilligers.', 'Daarle', null),
  ('a0000000-0000-4000-8000-000000000024', 'voluntary', 'Voedselbank Hellendoorn', 'voedselbank-hellendoorn', null, 'Wekelijkse voedselpakketten voor gezinnen in de gemeente.', 'Nijverdal', null),
  ('a0000000-0000-4000-8000-000000000025', 'voluntary', 'Speeltuinvereniging De Haarlerberg', 'speeltuin-haarlerberg', null, 'Speeltuin en kinderactiviteiten in Haarle.', 'Haarle', null),
  ('a0000000-0000-4000-8000-000000000026', 'voluntary', 'Scouting Daarlerveen', 'scouting-daarlerveen', null, 'Scoutinggroep met bevers, welpen, scouts en explorers.', 'Daarlerveen', null),
  ('a0000000-0000-4000-8000-000000000027', 'voluntary', 'Historische Kring Hellendoorn', 'historische-kring-hellendoorn', null, 'Archief, tentoonstellingen en het jaarboek van de gemeente.', 'Hellendoorn', null),
  ('a0000000-0000-4000-8000-000000000028', 'voluntary', 'Buurtvereniging Marle-Hulsen', 'buurtvereniging-marle-hulsen', null, 'Buurtfeest, ouderenmiddagen en burenhulp.', 'Marle', null),
  ('a0000000-0000-4000-8000-000000000029', 'voluntary', 'Repair Café Wierden', 'repair-cafe-wierden', null, 'Maandelijks samen spullen repareren in plaats van weggooien.', 'Wierden', null),
  ('a0000000-0000-4000-8000-000000000030', 'voluntary', 'Stichting Taalmaatjes Hellendoorn', 'taalmaatjes-hellendoorn', null, 'Vrijwilligers oefenen Nederlands met nieuwkomers.', 'Nijverdal', null),
  ('a0000000-0000-4000-8000-000000000031', 'voluntary', 'Toneelvereniging Rijssen', 'toneelvereniging-rijssen', null, 'Twee voorstellingen per jaar in de schouwburg.', 'Rijssen', null),
  ('a0000000-0000-4000-8000-000000000032', 'voluntary', 'IVN Salland', 'ivn-salland', null, 'Natuureducatie, excursies en werkdagen in het groen.', 'Raalte', null)
) as o(id, kind, name, slug, kvk, description, place, website)
join seed_places p on p.place = o.place
on conflict do nothing;

-- Listings: id suffix, organisation suffix, kind, category, title, description, amount, hours,
-- value, place, start (days from today, offers), end (days from today), reciprocity, state.
insert into public.listings (
  id, municipality_id, organisation_id, created_by, kind, state, category, title, description, amount,
  estimated_hours, estimated_value, place, latitude, longitude,
  available_from, available_until, needed_by, wants_in_return, can_offer_in_return
)
select
  ('b0000000-0000-4000-8000-000000000' || l.n)::uuid,
  '00000000-0000-4000-8000-000000000001',
  ('a0000000-0000-4000-8000-0000000000' || l.org)::uuid,
  null, l.kind::public.listing_kind, 'open', l.category::public.listing_category, l.title, l.description, l.amount,
  l.hours, l.value, l.place, p.lat, p.lon,
  case when l.kind = 'offer' then current_date + l.start_days end,
  case when l.kind = 'offer' and l.end_days is not null then current_date + l.end_days end,
  case when l.kind = 'request' and l.end_days is not null then current_date + l.end_days end,
  case when l.kind = 'offer' then l.in_return end,
  case when l.kind = 'request' then l.in_return end
from (values
  -- Offers (aanbod)
  ('101', '01', 'offer', 'hands', 'Twee timmermannen voor een klus', 'Onze leerling-timmerlieden helpen een dag mee bij een klus aan uw gebouw: een schuur opknappen, een vlonder leggen of een hok bouwen.', '2 timmerlieden, 1 dag', 16, 800, 'Nijverdal', 0, 120, 'Vermelding op uw website en een rondleiding voor onze leerlingen'),
  ('102', '01', 'offer', 'materials', 'Restpartij steigerhout en tegels', 'Na een verbouwing hebben we steigerhout (ca. 40 planken van 3 meter) en 25 m2 grijze vloertegels over. Zelf ophalen op de werf.', '40 planken, 25 m2 tegels', null, 450, 'Nijverdal', 0, 60, 'Graag een foto van het resultaat voor onze nieuwsbrief'),
  ('103', '02', 'offer', 'hands', 'Schilderwerk voor een clubhuis of buurthuis', 'Wij verzorgen het schilderwerk van een kantine, clubhuis of buurthuis: binnenmuren en kozijnen. Verf is inbegrepen.', '3 schilders, 2 dagen', 48, 2400, 'Hellendoorn', 14, 150, 'Vrijwilligers die meehelpen met afplakken en opruimen'),
  ('104', '02', 'offer', 'expertise', 'Kleuradvies voor uw gebouw', 'Een ervaren schilder komt langs en geeft kleur- en onderhoudsadvies voor uw gebouw, inclusief planning voor de komende jaren.', '1 adviesgesprek van 2 uur', 2, 160, 'Hellendoorn', 0, 200, null),
  ('105', '03', 'offer', 'materials', 'Brood en krentenwegge voor uw evenement', 'De bakker levert gratis brood, krentenwegge of koffiegebak voor een vrijwilligersavond of open dag.', 'Voor 80 personen', null, 250, 'Haarle', 0, 180, 'Een bedankje in uw clubblad'),
  ('106', '03', 'offer', 'expertise', 'Bakworkshop voor kinderen in onze bakkerij', 'Kinderen (8-12 jaar) bakken onder begeleiding van onze bakkers hun eigen broodjes in de bakkerij.', '1 middag, 12 kinderen', 4, 320, 'Haarle', 7, 120, null),
  ('107', '04', 'offer', 'materials', '12 afgeschreven laptops', 'Twaalf zakelijke laptops (i5, 8 GB, SSD), schoon geïnstalleerd met Windows 11 en een kantoorpakket. Ideaal voor een computercursus of huiswerkklas.', '12 laptops met laders', null, 1800, 'Nijverdal', 0, 90, 'Een gastles over digitale veiligheid voor onze medewerkers'),
  ('108', '04', 'offer', 'expertise', 'Website bouwen of vernieuwen', 'Wij bouwen een eenvoudige website voor uw vereniging, met agenda en nieuwsberichten, en leren twee vrijwilligers hoe ze die bijhouden.', '1 website, 2 instructiemomenten', 24, 1920, 'Nijverdal', 0, 180, 'Logo op uw sponsorpagina'),
  ('109', '04', 'offer', 'expertise', 'Computerhulp en wifi-check voor uw gebouw', 'Onze systeembeheerder controleert uw computer, netwerk en wifi en lost problemen op. Ook advies over back-ups.', '1 dagdeel', 4, 320, 'Nijverdal', 0, 120, null),
  ('110', '05', 'offer', 'expertise', 'Hulp bij de jaarrekening voor penningmeesters', 'Wij kijken mee bij het opstellen van de jaarrekening en begroting van uw vereniging of stichting en geven tips voor de kascommissie.', '2 gesprekken van 2 uur', 4, 320, 'Daarle', 0, 150, 'Een warme lunch met het bestuur'),
  ('111', '05', 'offer', 'expertise', 'Workshop ANBI-status en giften', 'Uitleg over de ANBI-status, giftenadministratie en wat uw stichting moet publiceren.', '1 workshop, max. 15 deelnemers', 3, 240, 'Daarle', 30, 200, null),
  ('112', '06', 'offer', 'facilities', 'Vrachtwagen met chauffeur voor een dag', 'Voor een verhuizing, een inzameling of het vervoer van materiaal naar uw evenement: een bakwagen met laadklep en chauffeur.', '1 vrachtwagen, 1 dag', 8, 640, 'Daarlerveen', 0, 120, 'Twee vrijwilligers die helpen laden'),
  ('113', '06', 'offer', 'facilities', 'Opslagruimte in onze loods', 'Droge opslagruimte van ca. 30 m2 voor decors, tenten of materiaal, voor een half jaar.', '30 m2, 6 maanden', null, 900, 'Daarlerveen', 0, 180, null),
  ('114', '07', 'offer', 'facilities', 'Vergaderruimte voor 20 personen', 'Onze vergaderzaal met beamer, koffie en thee, voor een bestuursvergadering, ledenvergadering of training.', '4 dagdelen per jaar', 16, 600, 'Hellendoorn', 0, 365, 'Vrijwilligers bij ons zomerfeest'),
  ('115', '07', 'offer', 'materials', 'Overtollig serviesgoed en tafellinnen', 'Na de vernieuwing van ons restaurant geven we borden, kopjes en tafellakens weg.', 'Ca. 200 borden, 150 kopjes, 40 tafellakens', null, 500, 'Hellendoorn', 0, 45, null),
  ('116', '08', 'offer', 'hands', 'Snoeiploeg voor uw terrein', 'Onze hoveniers snoeien bomen en struiken op het terrein van uw vereniging, speeltuin of dorpshuis. Inclusief afvoer van snoeiafval.', '3 hoveniers, 1 dag', 24, 1200, 'Marle', 30, 150, 'Bekendheid in het dorp'),
  ('117', '08', 'offer', 'materials', 'Plantjes en vaste planten voor de buurt', 'Overgebleven vaste planten en heesters, goed voor een buurttuin of schooltuin.', 'Ca. 150 planten', null, 400, 'Marle', 0, 60, null),
  ('118', '09', 'offer', 'facilities', 'Bestelbus te leen voor een weekend', 'Onze bestelbus (9 m3) met volle tank, voor een verhuizing, inzameling of kamp.', '1 weekend', null, 180, 'Hulsen', 0, 120, 'Een foto voor onze social media'),
  ('119', '09', 'offer', 'expertise', 'Fietsen- en brommercontrole voor jongeren', 'Onze monteurs controleren de fietsen van een jeugdgroep op verlichting en remmen, met uitleg.', '1 avond, max. 30 fietsen', 3, 240, 'Hulsen', 10, 120, null),
  ('120', '10', 'offer', 'materials', 'Drukwerk: posters en flyers voor uw evenement', 'Wij drukken 50 posters (A2) en 1000 flyers voor uw evenement, volgens uw ontwerp.', '50 posters, 1000 flyers', null, 350, 'Rijssen', 0, 180, 'Ons logo op de poster'),
  ('121', '10', 'offer', 'expertise', 'Hulp bij een logo en huisstijl', 'Onze vormgever ontwerpt met u een logo en eenvoudige huisstijl voor uw vereniging.', '3 sessies', 6, 480, 'Rijssen', 0, 150, null),
  ('122', '11', 'offer', 'expertise', 'Energiescan van uw clubgebouw', 'Wij meten waar uw gebouw energie verliest en adviseren over isolatie, ledverlichting en zonnepanelen.', '1 scan met rapport', 5, 400, 'Wierden', 0, 180, 'Vrijwilligers bij onze open dag'),
  ('123', '11', 'offer', 'hands', 'Ledverlichting installeren', 'Twee monteurs vervangen de oude tl-verlichting in een kantine of zaal door led. Lampen tegen inkoopprijs.', '2 monteurs, 1 dag', 16, 1280, 'Wierden', 14, 200, null),
  ('124', '12', 'offer', 'expertise', 'Kascontrole door een accountant', 'Een assistent-accountant helpt uw kascommissie bij de jaarlijkse kascontrole.', '1 dagdeel', 4, 320, 'Raalte', 0, 150, 'Een gastles over vrijwilligerswerk voor onze stagiairs'),
  ('125', '12', 'offer', 'expertise', 'Cursus boekhouden voor penningmeesters', 'Basiscursus boekhouden in Excel of een gratis pakket voor nieuwe penningmeesters.', '2 avonden, max. 12 deelnemers', 6, 480, 'Raalte', 20, 120, null),
  ('126', '01', 'offer', 'facilities', 'Bouwkeet en hekken voor een evenement', 'Een schaftkeet en 20 bouwhekken voor een dorpsfeest of sportdag, inclusief plaatsen en ophalen.', '1 keet, 20 hekken, 1 weekend', null, 500, 'Nijverdal', 0, 200, null),
  ('127', '02', 'offer', 'materials', 'Restanten verf', 'Diverse restanten muurverf en lakverf, vooral wit en grijs, samen ca. 60 liter.', 'Ca. 60 liter', null, 300, 'Hellendoorn', 0, 90, null),
  ('128', '04', 'offer', 'materials', 'Beeldschermen en toetsenborden', 'Twintig 24-inch beeldschermen en toetsenborden uit een kantoorwissel.', '20 schermen, 20 toetsenborden', null, 600, 'Nijverdal', 0, 90, null),
  ('129', '07', 'offer', 'hands', 'Koks helpen bij uw vrijwilligersdiner', 'Twee koks verzorgen samen met uw vrijwilligers een diner voor maximaal 60 gasten in uw eigen keuken.', '2 koks, 1 avond', 10, 800, 'Hellendoorn', 30, 240, 'Een stukje in de krant'),
  ('130', '06', 'offer', 'hands', 'Verhuishulp voor een verhuizing van de vereniging', 'Vier verhuizers helpen een vereniging of stichting bij het verhuizen naar een nieuw onderkomen.', '4 verhuizers, 1 dag', 32, 1600, 'Daarlerveen', 30, 200, null),
  ('131', '08', 'offer', 'expertise', 'Advies over een natuurvriendelijke tuin', 'Onze hovenier geeft advies over een bij- en vlindervriendelijke inrichting van uw terrein.', '1 adviesbezoek', 2, 160, 'Marle', 0, 200, null),
  ('132', '03', 'offer', 'facilities', 'Bakkerskeuken op maandagavond', 'Onze bakkerskeuken is op maandagavond beschikbaar voor een kookcursus of bakactie van uw vereniging.', '4 maandagavonden', 12, 400, 'Haarle', 7, 150, null),
  ('133', '10', 'offer', 'materials', 'Spandoek voor uw sportclub', 'Een spandoek van 3 x 1 meter, bedrukt met uw ontwerp.', '1 spandoek', null, 150, 'Rijssen', 0, 200, null),
  ('134', '05', 'offer', 'expertise', 'Loonadministratie en vrijwilligersvergoeding uitgelegd', 'Wat mag u vrijwilligers belastingvrij vergoeden? Wij leggen het uit aan uw bestuur.', '1 gesprek', 2, 160, 'Daarle', 0, 150, null),
  ('135', '11', 'offer', 'materials', 'Zonnepanelen uit een showroom', 'Zes zonnepanelen uit onze showroom, gebruikt maar in goede staat. Montage in overleg.', '6 panelen', null, 900, 'Wierden', 0, 90, 'Vrijwilligers die helpen bij onze energiemarkt'),
  -- Requests (hulpvragen)
  ('201', '21', 'request', 'hands', 'Schilderwerk clubhuis', 'Ons clubhuis is toe aan een nieuwe verfbeurt: de kantine, de kleedkamers en de kozijnen aan de buitenkant. Wij zorgen voor vrijwilligers en koffie.', 'Ca. 3 dagen schilderwerk', 40, 2000, 'Hellendoorn', null, 120, 'Bedrijfsvoetbaltoernooi op ons sportpark en reclame langs het veld'),
  ('202', '21', 'request', 'materials', 'Ballen en pionnen voor de jeugd', 'Voor onze groeiende jeugdafdeling zoeken we trainingsmateriaal: ballen, pionnen en hesjes.', '30 ballen, 50 pionnen', null, 500, 'Hellendoorn', null, 60, 'Een clinic voor de kinderen van uw medewerkers'),
  ('203', '22', 'request', 'facilities', 'Repetitieruimte gezocht voor harmonie', 'Ons harmonieorkest zoekt tijdelijk een ruimte voor 45 muzikanten, op donderdagavond, tijdens de verbouwing van ons gebouw.', '1 avond per week, 3 maanden', null, null, 'Nijverdal', null, 45, 'Een optreden op uw bedrijfsfeest'),
  ('204', '22', 'request', 'expertise', 'Hulp bij een subsidieaanvraag', 'Wie helpt ons met het schrijven van een subsidieaanvraag voor nieuwe uniformen? Het fonds vraagt een begroting en projectplan.', '1 projectplan', 8, 640, 'Nijverdal', null, 40, 'Muziek bij uw opening of jubileum'),
  ('205', '23', 'request', 'hands', 'Vrijwilligers voor de dorpsquiz', 'Voor de jaarlijkse dorpsquiz zoeken we handen: opbouwen, bardienst en afbreken.', '6 vrijwilligers, 1 zaterdag', 36, 1800, 'Daarle', null, 50, 'Een gratis team in de quiz'),
  ('206', '23', 'request', 'materials', 'Koelkast voor het dorpshuis', 'Onze koelkast in de bar is kapot. Heeft iemand een werkende (horeca)koelkast over?', '1 koelkast', null, 400, 'Daarle', null, 30, 'Gebruik van de zaal voor een personeelsfeest'),
  ('207', '24', 'request', 'hands', 'Chauffeurs voor het ophalen van voedsel', 'Elke donderdag halen we voedsel op bij supermarkten in de regio. We zoeken chauffeurs met rijbewijs B.', '2 chauffeurs, elke donderdag', 8, 400, 'Nijverdal', null, 90, 'Vermelding in ons jaarverslag'),
  ('208', '24', 'request', 'facilities', 'Koelruimte voor de voedselbank', 'We zoeken een koelcel of koelruimte om verse producten een paar dagen te bewaren.', 'Ca. 10 m2 koelruimte', null, 1500, 'Nijverdal', null, 120, 'Teambuilding: uw medewerkers draaien een middag mee'),
  ('209', '24', 'request', 'expertise', 'Hulp bij jaarrekening penningmeester', 'Onze penningmeester zoekt iemand die meekijkt bij de jaarrekening en de begroting voor volgend jaar.', '2 avonden', 6, 480, 'Nijverdal', null, 60, 'Een rondleiding en uitleg over armoede in de gemeente'),
  ('210', '25', 'request', 'hands', 'Hulp bij opknappen van de speeltuin', 'Speeltoestellen schuren en schilderen, zand aanvullen en het hek repareren.', '8 vrijwilligers, 1 zaterdag', 48, 2400, 'Haarle', null, 75, 'Een kinderfeest op uw open dag'),
  ('211', '25', 'request', 'materials', 'Houtsnippers en zand voor de speeltuin', 'Voor de valondergrond hebben we houtsnippers of speelzand nodig.', 'Ca. 20 m3', null, 600, 'Haarle', null, 60, null),
  ('212', '26', 'request', 'facilities', 'Vervoer van kampmateriaal', 'Voor ons zomerkamp zoeken we vervoer van tenten en materiaal naar Ommen en terug.', '1 bestelbus of aanhanger, 2 ritten', 6, 300, 'Daarlerveen', null, 100, 'Onze scouts helpen een dag mee bij uw bedrijf'),
  ('213', '26', 'request', 'materials', 'Tenten en zeilen', 'Onze oude tenten zijn versleten. Heeft u nog groepstenten of grondzeilen over?', '3 groepstenten', null, 900, 'Daarlerveen', null, 120, null),
  ('214', '27', 'request', 'expertise', 'Foto’s en archief digitaliseren', 'Wie helpt ons met het scannen en ordenen van ca. 5000 oude foto’s van Hellendoorn en Nijverdal?', 'Ca. 5000 foto’s', 40, 2000, 'Hellendoorn', null, 200, 'Een lezing over de geschiedenis van uw bedrijf of dorp'),
  ('215', '27', 'request', 'materials', 'Vitrinekasten voor een tentoonstelling', 'Voor onze tentoonstelling over de textielindustrie zoeken we afsluitbare vitrinekasten.', '4 vitrinekasten', null, 800, 'Hellendoorn', null, 90, 'Naamsvermelding bij de tentoonstelling'),
  ('216', '28', 'request', 'hands', 'Tuinonderhoud bij ouderen', 'Enkele oudere buurtbewoners kunnen hun tuin niet meer bijhouden. Wie snoeit en harkt een middag mee?', '4 vrijwilligers, 1 middag', 16, 800, 'Marle', null, 60, 'Koffie met zelfgebakken taart'),
  ('217', '28', 'request', 'facilities', 'Partytent voor het buurtfeest', 'Voor ons buurtfeest zoeken we een grote partytent met tafels en banken.', '1 tent voor 100 personen', null, 350, 'Marle', null, 80, 'Uw bedrijf als sponsor op de uitnodiging'),
  ('218', '29', 'request', 'expertise', 'Elektricien voor het Repair Café', 'Wij zoeken een elektricien die één keer per maand meehelpt bij het repareren van apparaten.', '1 zaterdag per maand', 4, 320, 'Wierden', null, 180, 'Gratis reparaties voor uw medewerkers'),
  ('219', '29', 'request', 'materials', 'Gereedschap voor reparaties', 'Soldeerbouten, schroevendraaiers en een multimeter voor onze reparateurs.', 'Een set gereedschap', null, 300, 'Wierden', null, 90, null),
  ('220', '30', 'request', 'materials', 'Laptops voor taalmaatjes', 'Nieuwkomers oefenen Nederlands met taalapps. Wij zoeken een paar laptops of tablets.', '6 laptops of tablets', null, 900, 'Nijverdal', null, 90, 'Een workshop over andere culturen voor uw team'),
  ('221', '30', 'request', 'hands', 'Vrijwilligers voor een taalcafé', 'Wekelijks taalcafé op dinsdagochtend: wie praat een uur mee met nieuwkomers?', '4 vrijwilligers, wekelijks', 4, 200, 'Nijverdal', null, 120, null),
  ('222', '31', 'request', 'hands', 'Decorbouwers gezocht', 'Voor onze voorjaarsvoorstelling zoeken we handige mensen die meebouwen aan het decor.', '3 vrijwilligers, 4 avonden', 36, 1800, 'Rijssen', null, 100, 'Vrijkaarten voor de voorstelling'),
  ('223', '31', 'request', 'facilities', 'Opslag voor decors', 'We zoeken een droge opslagruimte voor decorstukken en kostuums.', 'Ca. 20 m2', null, 600, 'Rijssen', null, 120, 'Een voorstelling op uw personeelsfeest'),
  ('224', '32', 'request', 'hands', 'Werkdag heide maaien en plaggen', 'Helpt uw team mee op onze natuurwerkdag op de Sallandse Heuvelrug? Wij zorgen voor gereedschap en soep.', '15 vrijwilligers, 1 zaterdag', 90, 4500, 'Raalte', null, 60, 'Een excursie voor uw medewerkers met een natuurgids'),
  ('225', '32', 'request', 'expertise', 'Hulp bij social media', 'Wie leert onze vrijwilligers hoe ze Instagram en Facebook goed gebruiken?', '2 workshops', 4, 320, 'Raalte', null, 90, null),
  ('226', '21', 'request', 'expertise', 'Computerhulp voor de ledenadministratie', 'Onze ledenadministratie draait op een oude computer. Wie helpt ons overstappen naar een online pakket?', '1 dag hulp', 8, 640, 'Hellendoorn', null, 90, 'Vrijkaarten voor onze thuiswedstrijden'),
  ('227', '22', 'request', 'hands', 'Vrijwilligers voor het concert in de kerk', 'Bij ons jubileumconcert zoeken we vrijwilligers voor de kaartverkoop, garderobe en koffie.', '5 vrijwilligers, 1 avond', 20, 1000, 'Nijverdal', null, 70, 'Vrijkaarten voor het concert'),
  ('228', '23', 'request', 'hands', 'Klusjesman voor kleine reparaties', 'In het dorpshuis lekken kranen en klemmen deuren. Wie heeft een dag tijd?', '1 klusjesman, 1 dag', 8, 400, 'Daarle', null, 60, null),
  ('229', '24', 'request', 'materials', 'Boodschappenkratten en rolcontainers', 'Voor het uitdelen van pakketten zoeken we stevige kratten en rolcontainers.', '50 kratten, 4 rolcontainers', null, 600, 'Nijverdal', null, 90, null),
  ('230', '25', 'request', 'expertise', 'Veiligheidskeuring speeltoestellen', 'Wie kan onze speeltoestellen keuren of ons helpen de keuring voor te bereiden?', '1 keuring', 4, 320, 'Haarle', null, 120, 'Een rondleiding en een kinderfeestje'),
  ('231', '26', 'request', 'expertise', 'EHBO-cursus voor leiding', 'Onze leiding wil een EHBO-cursus volgen, gericht op kinderen.', '12 deelnemers', 8, 960, 'Daarlerveen', null, 150, 'Hulp bij uw bedrijfsuitje'),
  ('232', '27', 'request', 'hands', 'Suppoosten voor de tentoonstelling', 'Voor de zomertentoonstelling zoeken we gastheren en gastvrouwen op zaterdagmiddag.', '2 vrijwilligers, 8 zaterdagen', 32, 1600, 'Hellendoorn', null, 150, null),
  ('233', '28', 'request', 'facilities', 'Busje voor een dagje uit met ouderen', 'Wij willen met twaalf ouderen een dagje uit naar de Holterberg. Wie heeft een busje met chauffeur?', '1 busje met chauffeur, 1 dag', 8, 400, 'Hulsen', null, 75, 'Een ouderenkoor zingt op uw bedrijfsfeest'),
  ('234', '29', 'request', 'facilities', 'Ruimte voor het Repair Café', 'Onze vaste ruimte vervalt. We zoeken een zaal met tafels en stopcontacten voor 1 zaterdag per maand.', '1 zaal, 1 zaterdag per maand', null, 1200, 'Wierden', null, 60, null),
  ('235', '31', 'request', 'materials', 'Kostuums en stoffen', 'Heeft u nog lappen stof, gordijnen of oude kostuums? Onze kostuumafdeling maakt er iets moois van.', 'Ca. 50 meter stof', null, 250, 'Rijssen', null, 120, null)
) as l(n, org, kind, category, title, description, amount, hours, value, place, start_days, end_days, in_return)
join seed_places p on p.place = l.place
on conflict do nothing;

-- A few listings in other states, to show what only the organisation's members can see.
insert into public.listings (
  id, municipality_id, organisation_id, created_by, kind, state, category, title, description, amount,
  place, latitude, longitude, available_from, available_until, needed_by, wants_in_return, can_offer_in_return
)
select ('b0000000-0000-4000-8000-000000000' || l.n)::uuid, '00000000-0000-4000-8000-000000000001',
       ('a0000000-0000-4000-8000-0000000000' || l.org)::uuid, null, l.kind::public.listing_kind, 'draft',
       l.category::public.listing_category, l.title, l.description, l.amount, l.place, p.lat, p.lon,
       case when l.kind = 'offer' then current_date end,
       case when l.kind = 'offer' then current_date + 90 end,
       case when l.kind = 'request' then current_date + 90 end,
       null, null
from (values
  ('301', '04', 'offer', 'materials', 'Tablets voor een school of club (concept)', 'Nog niet gepubliceerd: eerst checken hoeveel tablets er vrijkomen.', '10 tablets', 'Nijverdal'),
  ('302', '24', 'request', 'hands', 'Inpakhulp kerstpakketten (concept)', 'Concept: nog afstemmen met het bestuur.', '10 vrijwilligers', 'Nijverdal'),
  ('303', '07', 'offer', 'facilities', 'Zaal voor een jubileumfeest', 'Gepauzeerd tot na de verbouwing van de zaal.', '1 avond', 'Hellendoorn'),
  ('304', '23', 'request', 'materials', 'Statafels voor het dorpshuis', 'Gepauzeerd: we hebben er voorlopig genoeg.', '6 statafels', 'Daarle'),
  ('305', '09', 'offer', 'facilities', 'Aanhanger te leen', 'Gesloten: de aanhanger is verkocht.', '1 aanhanger', 'Hulsen'),
  ('306', '21', 'request', 'materials', 'Nieuwe doelnetten', 'Gesloten: gekregen van een sponsor.', '4 doelnetten', 'Hellendoorn'),
  ('307', '02', 'offer', 'hands', 'Schilders voor de speeltuin', 'Gematcht met Speeltuinvereniging De Haarlerberg op de beursvloer.', '2 schilders, 1 dag', 'Haarle')
) as l(n, org, kind, category, title, description, amount, place)
join seed_places p on p.place = l.place
on conflict do nothing;

-- Move them through the allowed transitions, so their history reads like real use.
update public.listings set state = 'open' where id in (
  'b0000000-0000-4000-8000-000000000303', 'b0000000-0000-4000-8000-000000000304', 'b0000000-0000-4000-8000-000000000305',
  'b0000000-0000-4000-8000-000000000306', 'b0000000-0000-4000-8000-000000000307') and state = 'draft';
update public.listings set state = 'paused' where id in (
  'b0000000-0000-4000-8000-000000000303', 'b0000000-0000-4000-8000-000000000304') and state = 'open';
update public.listings set state = 'closed' where id in (
  'b0000000-0000-4000-8000-000000000305', 'b0000000-0000-4000-8000-000000000306') and state = 'open';
update public.listings set state = 'matched' where id = 'b0000000-0000-4000-8000-000000000307' and state = 'open';

drop table seed_places;
