-- Demo deals (matchformulieren) in Hellendoorn, one or more in every state, with their history
-- and contact persons, so the deal pages are never empty on first start. Runs after
-- listings.sql (name order: "matchformulieren" > "listings"). The bakery and Concordia Haarle
-- are the demo accounts' organisations (bakker@, penningmeester@hellendoorn.demo); the others
-- are listings.sql's organisations, which have no members, so their history names no person.

-- The laptops are a limited amount: 12, of which the Taalmaatjes got 6.
update public.listings set quantity = 12 where id = 'b0000000-0000-4000-8000-000000000107';

-- The bakery's two listings that its demo deals are about, apart from its other demo listings
-- (seed.sql), which stay open for a first visit: one still under discussion, one agreed.
insert into public.listings (
  id, municipality_id, organisation_id, created_by, kind, state, category, title, description, amount,
  estimated_hours, estimated_value, place, latitude, longitude, available_from, available_until, wants_in_return
) values
  ('c0000000-0000-4000-8000-000000000005', '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-0000000000b2',
   '00000000-0000-4000-8000-0000000000a2', 'offer', 'open', 'materials',
   'Koffiegebak voor een open dag of vrijwilligersavond',
   'Wij bakken appelflappen, krentenbollen en koekjes voor een open dag, jubileum of vrijwilligersavond.',
   'Voor ca. 100 personen', null, 250, 'Nijverdal', 52.3636, 6.4637,
   current_date, current_date + 180, 'Een vermelding in het programmaboekje'),
  ('c0000000-0000-4000-8000-000000000006', '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-0000000000b2',
   '00000000-0000-4000-8000-0000000000a2', 'offer', 'open', 'expertise',
   'Workshop hygiëne voor de keukenvrijwilligers van een vereniging',
   'Een avond over veilig werken met voedsel in een kantine: HACCP, koelen en allergenen.',
   '1 avond, max. 12 vrijwilligers', 3, 240, 'Nijverdal', 52.3636, 6.4637,
   current_date, current_date + 365, 'Muziek bij de opening van onze nieuwe winkel')
on conflict do nothing;

create temporary table seed_deals (
  id uuid primary key,
  giver uuid not null,
  receiver uuid not null,
  offer_id uuid,
  request_id uuid,
  starter uuid not null,
  started_by uuid,
  state public.deal_state not null,
  quantity integer,
  category public.listing_category not null,
  what_given text not null,
  in_return text not null,
  hours_hands numeric,
  hours_expertise numeric,
  hours_students numeric,
  materials_value numeric,
  other_costs numeric,
  -- days ago: started, agreed (null: never), closed (null: still open)
  started_days integer not null,
  agreed_days integer,
  closed_days integer
);

insert into seed_deals values
  -- interested: Concordia Haarle would like the bakery's bread for its jubilee concert.
  ('d0000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-0000000000b2', '00000000-0000-4000-8000-0000000000b3',
   'c0000000-0000-4000-8000-000000000005', null, '00000000-0000-4000-8000-0000000000b3', '00000000-0000-4000-8000-0000000000a3',
   'interested', null, 'materials', 'Koffiegebak voor 100 gasten bij het jubileumconcert',
   'Het jeugdorkest speelt bij de opening van de nieuwe winkel', 0, 0, 0, 250, 0, 2, null, null),
  -- agreed: the bakery's hygiene workshop for Concordia's kitchen volunteers.
  ('d0000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-0000000000b2', '00000000-0000-4000-8000-0000000000b3',
   'c0000000-0000-4000-8000-000000000006', null, '00000000-0000-4000-8000-0000000000b2', '00000000-0000-4000-8000-0000000000a2',
   'agreed', null, 'expertise', 'Workshop hygiëne en voedselveiligheid voor 12 vrijwilligers van de kantine',
   'Muziek bij de opening van de nieuwe winkel', 0, 3, 0, 0, 25, 10, 6, null),
  -- in progress: Kamphuis paints SV Hellendoorn's clubhouse.
  ('d0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000021',
   'b0000000-0000-4000-8000-000000000103', 'b0000000-0000-4000-8000-000000000201', 'a0000000-0000-4000-8000-000000000021', null,
   'in_progress', null, 'hands', 'Schilderwerk van de kantine en de kozijnen, verf inbegrepen',
   'Bedrijfsnaam op het scorebord en een vriendschappelijke wedstrijd tegen het personeel', 48, 0, 0, 400, 0, 40, 35, null),
  -- carried out: Kamphuis' painters at the playground (the listing was matched at the beursvloer).
  ('d0000000-0000-4000-8000-000000000004', 'a0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000025',
   'b0000000-0000-4000-8000-000000000307', 'b0000000-0000-4000-8000-000000000210', 'a0000000-0000-4000-8000-000000000002', null,
   'carried_out', null, 'hands', 'Twee schilders schuren en schilderen de speeltoestellen',
   'Een bedankbord bij de ingang van de speeltuin', 16, 0, 0, 120, 0, 120, 115, 60),
  -- carried out: 6 of Regge ICT's 12 laptops to the Taalmaatjes (a limited amount, half promised).
  ('d0000000-0000-4000-8000-000000000005', 'a0000000-0000-4000-8000-000000000004', 'a0000000-0000-4000-8000-000000000030',
   'b0000000-0000-4000-8000-000000000107', 'b0000000-0000-4000-8000-000000000220', 'a0000000-0000-4000-8000-000000000030', null,
   'carried_out', 6, 'materials', '6 laptops met Windows 11 en een kantoorpakket, schoon geïnstalleerd',
   'Een workshop "Nederlands op de werkvloer" voor nieuwe collega''s', 0, 2, 4, 900, 0, 90, 84, 30),
  -- not feasible: Oosterhof's lorry for the scouts' camp (the lorry broke down).
  ('d0000000-0000-4000-8000-000000000006', 'a0000000-0000-4000-8000-000000000006', 'a0000000-0000-4000-8000-000000000026',
   'b0000000-0000-4000-8000-000000000112', 'b0000000-0000-4000-8000-000000000212', 'a0000000-0000-4000-8000-000000000026', null,
   'not_feasible', null, 'facilities', 'Bakwagen met chauffeur, twee ritten naar Ommen en terug',
   'De scouts helpen bij de open dag van het transportbedrijf', 8, 0, 0, 0, 120, 75, 70, 20),
  -- cancelled before agreement: the accountant's kascontrole for the voedselbank.
  ('d0000000-0000-4000-8000-000000000007', 'a0000000-0000-4000-8000-000000000012', 'a0000000-0000-4000-8000-000000000024',
   'b0000000-0000-4000-8000-000000000124', 'b0000000-0000-4000-8000-000000000209', 'a0000000-0000-4000-8000-000000000024', null,
   'cancelled', null, 'expertise', 'Meekijken bij de jaarrekening en de kascontrole',
   '', 0, 4, 0, 0, 0, 25, null, 18),
  -- declined: the hotel's meeting room is too small for a harmony of 45 musicians.
  ('d0000000-0000-4000-8000-000000000008', 'a0000000-0000-4000-8000-000000000007', 'a0000000-0000-4000-8000-000000000022',
   'b0000000-0000-4000-8000-000000000114', 'b0000000-0000-4000-8000-000000000203', 'a0000000-0000-4000-8000-000000000022', null,
   'declined', null, 'facilities', 'Vergaderzaal op donderdagavond als repetitieruimte',
   'Een optreden bij het jubileum van het hotel', 0, 0, 0, 0, 0, 15, null, 13);

insert into public.deals (
  id, municipality_id, giver_organisation_id, receiver_organisation_id, offer_id, request_id,
  started_by, started_by_organisation_id, state, giver_accepted_at, receiver_accepted_at,
  quantity, category, what_given, in_return, hours_hands, hours_expertise, hours_students, materials_value, other_costs,
  deadline, rate_id, agreed_at, closed_at, created_at, updated_at
)
select s.id, '00000000-0000-4000-8000-000000000001', s.giver, s.receiver, s.offer_id, s.request_id,
       s.started_by, s.starter, s.state,
       case when s.agreed_days is not null or s.starter = s.giver then now() - make_interval(days => coalesce(s.agreed_days, s.started_days)) end,
       case when s.agreed_days is not null or s.starter = s.receiver then now() - make_interval(days => coalesce(s.agreed_days, s.started_days)) end,
       s.quantity, s.category, s.what_given, s.in_return, s.hours_hands, s.hours_expertise, s.hours_students,
       s.materials_value, s.other_costs,
       case when s.agreed_days is not null then current_date - s.agreed_days + 365 end,
       case when s.agreed_days is not null then private.rate_on('00000000-0000-4000-8000-000000000001', current_date) end,
       now() - make_interval(days => s.agreed_days),
       now() - make_interval(days => s.closed_days),
       now() - make_interval(days => s.started_days),
       now() - make_interval(days => least(s.started_days, coalesce(s.agreed_days, s.started_days), coalesce(s.closed_days, s.started_days)))
from seed_deals s
on conflict do nothing;

-- The history: started, the other side's answer, agreed, and the steps after.
insert into public.deal_events (deal_id, municipality_id, actor_id, actor_organisation_id, action, from_state, to_state, message, created_at)
select e.deal_id, '00000000-0000-4000-8000-000000000001', e.actor_id, e.actor_org, e.action, e.from_state::public.deal_state,
       e.to_state::public.deal_state, e.message, now() - make_interval(days => e.days_ago)
from (values
  ('d0000000-0000-4000-8000-000000000001'::uuid, '00000000-0000-4000-8000-0000000000a3'::uuid, '00000000-0000-4000-8000-0000000000b3'::uuid, 'started', null, 'interested', 'Wat fijn dat jullie dit aanbieden! Kunnen we op 14 maart 100 krentenbollen ophalen?', 2),
  ('d0000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-0000000000a2', '00000000-0000-4000-8000-0000000000b2', 'started', null, 'interested', 'Jullie kantinevrijwilligers zijn van harte welkom in de bakkerij.', 10),
  ('d0000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-0000000000a3', '00000000-0000-4000-8000-0000000000b3', 'agreed', 'interested', 'agreed', 'Graag! Het jeugdorkest speelt bij jullie opening.', 6),
  ('d0000000-0000-4000-8000-000000000003', null, 'a0000000-0000-4000-8000-000000000021', 'started', null, 'interested', 'Op de beursvloer gesproken: we horen graag wanneer het past.', 40),
  ('d0000000-0000-4000-8000-000000000003', null, 'a0000000-0000-4000-8000-000000000002', 'agreed', 'interested', 'agreed', 'Afgesproken, we beginnen na de zomerstop.', 35),
  ('d0000000-0000-4000-8000-000000000003', null, 'a0000000-0000-4000-8000-000000000002', 'state_changed', 'agreed', 'in_progress', 'De kantine is klaar, de kozijnen volgen.', 7),
  ('d0000000-0000-4000-8000-000000000004', null, 'a0000000-0000-4000-8000-000000000002', 'started', null, 'interested', 'Afgesproken op de beursvloer.', 120),
  ('d0000000-0000-4000-8000-000000000004', null, 'a0000000-0000-4000-8000-000000000025', 'agreed', 'interested', 'agreed', '', 115),
  ('d0000000-0000-4000-8000-000000000004', null, 'a0000000-0000-4000-8000-000000000025', 'state_changed', 'agreed', 'carried_out', 'De toestellen zien er weer prachtig uit. Dank jullie wel!', 60),
  ('d0000000-0000-4000-8000-000000000005', null, 'a0000000-0000-4000-8000-000000000030', 'started', null, 'interested', 'Zes laptops zouden ons taalcafé enorm helpen.', 90),
  ('d0000000-0000-4000-8000-000000000005', null, 'a0000000-0000-4000-8000-000000000004', 'agreed', 'interested', 'agreed', 'Zes zijn voor jullie; de andere zes houden we voor een andere club.', 84),
  ('d0000000-0000-4000-8000-000000000005', null, 'a0000000-0000-4000-8000-000000000004', 'state_changed', 'agreed', 'in_progress', 'Laptops worden ingericht.', 70),
  ('d0000000-0000-4000-8000-000000000005', null, 'a0000000-0000-4000-8000-000000000030', 'state_changed', 'in_progress', 'carried_out', 'Opgehaald en in gebruik.', 30),
  ('d0000000-0000-4000-8000-000000000006', null, 'a0000000-0000-4000-8000-000000000026', 'started', null, 'interested', 'Kunnen jullie ons kampmateriaal naar Ommen rijden?', 75),
  ('d0000000-0000-4000-8000-000000000006', null, 'a0000000-0000-4000-8000-000000000006', 'agreed', 'interested', 'agreed', '', 70),
  ('d0000000-0000-4000-8000-000000000006', null, 'a0000000-0000-4000-8000-000000000006', 'state_changed', 'agreed', 'not_feasible', 'De bakwagen is defect en niet op tijd gerepareerd.', 20),
  ('d0000000-0000-4000-8000-000000000007', null, 'a0000000-0000-4000-8000-000000000024', 'started', null, 'interested', 'Onze penningmeester zou graag hulp krijgen.', 25),
  ('d0000000-0000-4000-8000-000000000007', null, 'a0000000-0000-4000-8000-000000000024', 'state_changed', 'interested', 'cancelled', 'Inmiddels geholpen door een vrijwilliger.', 18),
  ('d0000000-0000-4000-8000-000000000008', null, 'a0000000-0000-4000-8000-000000000022', 'started', null, 'interested', 'Past onze harmonie in jullie zaal?', 15),
  ('d0000000-0000-4000-8000-000000000008', null, 'a0000000-0000-4000-8000-000000000007', 'declined', 'interested', 'declined', 'Helaas: de zaal is te klein voor 45 muzikanten.', 13)
) as e(deal_id, actor_id, actor_org, action, from_state, to_state, message, days_ago)
where not exists (select 1 from public.deal_events x where x.deal_id = e.deal_id)
order by e.days_ago desc;

-- Contact persons: both sides once answered, only the starter's before.
insert into public.deal_contacts (deal_id, organisation_id, municipality_id, name, email, phone)
select c.deal_id, c.org, '00000000-0000-4000-8000-000000000001', c.name, c.email, c.phone
from (values
  ('d0000000-0000-4000-8000-000000000001'::uuid, '00000000-0000-4000-8000-0000000000b3'::uuid, 'Ria Hofman', 'penningmeester@hellendoorn.demo', '06 1234 5678'),
  ('d0000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-0000000000b2', 'Gerrit Nijhuis', 'bakker@hellendoorn.demo', '0548 612 345'),
  ('d0000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-0000000000b3', 'Ria Hofman', 'penningmeester@hellendoorn.demo', '06 1234 5678'),
  ('d0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000002', 'Wim Kamphuis', 'wim@kamphuis.example.nl', '0548 655 100'),
  ('d0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000021', 'Erik Ten Brinke', 'kantine@svhellendoorn.example.nl', '06 2233 4455'),
  ('d0000000-0000-4000-8000-000000000004', 'a0000000-0000-4000-8000-000000000002', 'Wim Kamphuis', 'wim@kamphuis.example.nl', '0548 655 100'),
  ('d0000000-0000-4000-8000-000000000004', 'a0000000-0000-4000-8000-000000000025', 'Sandra Nijland', 'bestuur@haarlerberg.example.nl', '06 3344 5566'),
  ('d0000000-0000-4000-8000-000000000005', 'a0000000-0000-4000-8000-000000000004', 'Koen Reggers', 'koen@regge-ict.example.nl', '0548 700 200'),
  ('d0000000-0000-4000-8000-000000000005', 'a0000000-0000-4000-8000-000000000030', 'Fatima El Amrani', 'info@taalmaatjes.example.nl', '06 4455 6677'),
  ('d0000000-0000-4000-8000-000000000006', 'a0000000-0000-4000-8000-000000000006', 'Henk Oosterhof', 'planning@oosterhof.example.nl', '0546 800 300'),
  ('d0000000-0000-4000-8000-000000000006', 'a0000000-0000-4000-8000-000000000026', 'Lotte Scholten', 'materiaal@scoutingdaarlerveen.example.nl', '06 5566 7788'),
  ('d0000000-0000-4000-8000-000000000007', 'a0000000-0000-4000-8000-000000000024', 'Jan Pieters', 'penningmeester@voedselbank.example.nl', '06 6677 8899'),
  ('d0000000-0000-4000-8000-000000000008', 'a0000000-0000-4000-8000-000000000022', 'Marleen Vos', 'secretaris@concordia.example.nl', '06 7788 9900')
) as c(deal_id, org, name, email, phone)
on conflict do nothing;

-- Listings whose whole amount is promised are matched (as agree_deal does), and leave the proposals.
update public.listings set state = 'matched'
 where id in (
   'c0000000-0000-4000-8000-000000000006',
   'b0000000-0000-4000-8000-000000000103', 'b0000000-0000-4000-8000-000000000201',
   'b0000000-0000-4000-8000-000000000210', 'b0000000-0000-4000-8000-000000000220')
   and state in ('open', 'paused');

drop table seed_deals;
