-- Results of the demo beursvloeren in Hellendoorn, for the results page, the council's report
-- and the follow-up per edition: last year's edition (evenementen.sql) gets its registrations
-- and its ratified match forms with their agreed deals, and an earlier edition (two years ago)
-- is added for the comparison. Runs after evenementen.sql, listings.sql and
-- matchformulieren.sql (name order: "resultaten-…" comes last).
--
-- The deals name no listing (a match made in conversation at the event may do without), so the
-- listings other demo pages and e2e specs use stay as they are, and none involves the demo
-- accounts' organisations (bakery, Concordia Haarle), whose deals the specs count. None is
-- merely "agreed" (a follow-up question would be due at once): they run, were carried out or
-- turned out not feasible.

insert into public.event_editions (id, municipality_id, title, event_date, starts_at, ends_at, venue,
                                   registration_opens_on, registration_closes_on, published, registration_closed,
                                   created_by)
values
  ('e0000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000001',
   'Maatschappelijke Beursvloer Hellendoorn ' || extract(year from current_date - 665)::text,
   current_date - 665, '19:30', '21:00', 'Hotel De Uitkijk, Hellendoorn',
   current_date - 720, current_date - 672, true, true, '00000000-0000-4000-8000-0000000000a1')
on conflict do nothing;

insert into public.event_corners (edition_id, municipality_id, name, host_name, position)
select 'e0000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000001', c.name, c.host, c.position
  from (values
    ('Helpende handen', 'Gerrit Pluimers', 0),
    ('Kennis en kunde', 'Annelies Wolters', 1),
    ('Middelen en materialen', 'Jan Hofman', 2)
  ) as c (name, host, position)
 where not exists (select 1 from public.event_corners x where x.edition_id = 'e0000000-0000-4000-8000-000000000003');

-- Who registered (last year: the bakery and Concordia Haarle already in evenementen.sql).
insert into public.event_registrations (edition_id, organisation_id, municipality_id, people, brings, seeks,
                                        registered_by, created_at, updated_at)
select r.edition::uuid, ('a0000000-0000-4000-8000-0000000000' || r.org)::uuid, '00000000-0000-4000-8000-000000000001',
       r.people, r.brings, '', '00000000-0000-4000-8000-0000000000a1',
       now() - make_interval(days => r.days), now() - make_interval(days => r.days)
  from (values
    ('e0000000-0000-4000-8000-000000000001', '01', 3, 'Timmerlieden en restmateriaal', 320),
    ('e0000000-0000-4000-8000-000000000001', '02', 2, 'Schilders', 318),
    ('e0000000-0000-4000-8000-000000000001', '03', 1, 'Brood en gebak', 316),
    ('e0000000-0000-4000-8000-000000000001', '04', 2, 'Laptops en ICT-kennis', 330),
    ('e0000000-0000-4000-8000-000000000001', '05', 1, 'Hulp bij de boekhouding', 312),
    ('e0000000-0000-4000-8000-000000000001', '06', 1, 'Een bakwagen met chauffeur', 311),
    ('e0000000-0000-4000-8000-000000000001', '07', 2, 'Vergaderzalen', 325),
    ('e0000000-0000-4000-8000-000000000001', '08', 1, 'Groenonderhoud', 314),
    ('e0000000-0000-4000-8000-000000000001', '21', 3, 'Vrijwilligers voor evenementen', 322),
    ('e0000000-0000-4000-8000-000000000001', '23', 2, 'Een zaal voor bijeenkomsten', 317),
    ('e0000000-0000-4000-8000-000000000001', '24', 2, 'Inzamelpunt', 313),
    ('e0000000-0000-4000-8000-000000000001', '25', 2, 'Hulp bij de speeltuindag', 319),
    ('e0000000-0000-4000-8000-000000000001', '26', 3, 'Handen bij een open dag', 321),
    ('e0000000-0000-4000-8000-000000000001', '27', 1, 'Rondleidingen', 315),
    ('e0000000-0000-4000-8000-000000000001', '28', 2, 'Burenhulp', 310),
    ('e0000000-0000-4000-8000-000000000001', '30', 2, 'Taalles op de werkvloer', 326),
    ('e0000000-0000-4000-8000-000000000003', '01', 2, 'Timmerlieden', 690),
    ('e0000000-0000-4000-8000-000000000003', '02', 1, 'Schilders', 688),
    ('e0000000-0000-4000-8000-000000000003', '04', 1, 'ICT-kennis', 685),
    ('e0000000-0000-4000-8000-000000000003', '07', 2, 'Vergaderzalen', 684),
    ('e0000000-0000-4000-8000-000000000003', '21', 2, 'Vrijwilligers', 689),
    ('e0000000-0000-4000-8000-000000000003', '22', 3, 'Muziek bij een opening', 686),
    ('e0000000-0000-4000-8000-000000000003', '23', 1, 'Een zaal', 683),
    ('e0000000-0000-4000-8000-000000000003', '27', 1, 'Rondleidingen', 682)
  ) as r (edition, org, people, brings, days)
on conflict on constraint event_registrations_once do nothing;

create temporary table seed_event_deals (
  n integer primary key,
  edition uuid not null,
  corner text not null,
  giver uuid not null,
  receiver uuid not null,
  state public.deal_state not null,
  category public.listing_category not null,
  what_given text not null,
  in_return text not null,
  hours_hands numeric not null,
  hours_expertise numeric not null,
  materials_value numeric not null,
  -- days before today the edition took place; closed (null: still running)
  event_days integer not null,
  closed_days integer
);

insert into seed_event_deals
select v.n, v.edition::uuid, v.corner,
       case when v.giver like '0%' or v.giver like '1%' then ('a0000000-0000-4000-8000-0000000000' || v.giver)::uuid
            else '00000000-0000-4000-8000-0000000000b1'::uuid end,
       ('a0000000-0000-4000-8000-0000000000' || v.receiver)::uuid,
       v.state::public.deal_state, v.category::public.listing_category, v.what_given, v.in_return,
       v.hands, v.expertise, v.materials,
       case when v.edition like '%1' then 300 else 665 end, v.closed
  from (values
    -- Last year's edition: 14 matches in four corners.
    (1, 'e0000000-0000-4000-8000-000000000001', 'Helpende handen', '01', '21', 'carried_out', 'hands',
     'Twee timmerlieden bouwen een nieuwe dug-out', 'Vrijwilligers bij de open dag van het bouwbedrijf', 16, 0, 150, 200),
    (2, 'e0000000-0000-4000-8000-000000000001', 'Helpende handen', '02', '23', 'carried_out', 'hands',
     'Schilderwerk van de grote zaal van het dorpshuis', 'Een gratis zaal voor de personeelsavond', 24, 0, 300, 180),
    (3, 'e0000000-0000-4000-8000-000000000001', 'Helpende handen', '08', '25', 'carried_out', 'hands',
     'Snoeiwerk en nieuwe beplanting in de speeltuin', 'Bedankbord bij de ingang', 12, 0, 180, 150),
    (4, 'e0000000-0000-4000-8000-000000000001', 'Helpende handen', '06', '28', 'in_progress', 'hands',
     'Verhuishulp voor drie ouderen in Marle', 'Een stukje in het buurtblad', 8, 0, 0, null),
    (5, 'e0000000-0000-4000-8000-000000000001', 'Kennis en kunde', '05', '24', 'carried_out', 'expertise',
     'Kascontrole en advies over de jaarrekening', 'Een rondleiding voor het personeel', 0, 6, 0, 120),
    (6, 'e0000000-0000-4000-8000-000000000001', 'Kennis en kunde', '04', '27', 'carried_out', 'expertise',
     'Een nieuwe website met agenda voor de kring', 'Een lezing over de geschiedenis van Nijverdal', 0, 20, 0, 90),
    (7, 'e0000000-0000-4000-8000-000000000001', 'Kennis en kunde', '12', '26', 'in_progress', 'expertise',
     'Hulp bij de subsidieaanvraag voor het clubhuis', 'Scouts helpen bij de kerstmarkt van het kantoor', 0, 8, 0, null),
    (8, 'e0000000-0000-4000-8000-000000000001', 'Kennis en kunde', '09', '30', 'not_feasible', 'expertise',
     'Praktijkles rijvaardigheid voor nieuwkomers', 'Taalles voor de monteurs', 0, 10, 0, 100),
    (9, 'e0000000-0000-4000-8000-000000000001', 'Middelen en materialen', '03', '24', 'carried_out', 'materials',
     'Wekelijks brood voor de voedselpakketten, een half jaar', 'Vermelding in de nieuwsbrief', 0, 0, 1300, 60),
    (10, 'e0000000-0000-4000-8000-000000000001', 'Middelen en materialen', '10', '21', 'carried_out', 'materials',
     'Spandoeken en posters voor het jubileumtoernooi', 'Logo op het scorebord', 0, 0, 650, 150),
    (11, 'e0000000-0000-4000-8000-000000000001', 'Middelen en materialen', '11', '23', 'in_progress', 'materials',
     'Zonnepanelen op het dak van het dorpshuis tegen kostprijs', 'Open dag in het dorpshuis', 6, 0, 2400, null),
    (12, 'e0000000-0000-4000-8000-000000000001', 'Middelen en materialen', '01', '29', 'not_feasible', 'materials',
     'Restpartij hout voor de werkbanken', 'Reparatie van gereedschap', 0, 0, 200, 140),
    (13, 'e0000000-0000-4000-8000-000000000001', 'Ruimte en faciliteiten', '07', '22', 'carried_out', 'facilities',
     'De grote zaal voor het voorjaarsconcert', 'Een optreden bij het jubileum van het hotel', 0, 0, 450, 170),
    (14, 'e0000000-0000-4000-8000-000000000001', 'Ruimte en faciliteiten', 'gemeente', '31', 'in_progress', 'facilities',
     'De raadszaal als repetitieruimte in de winter', 'Een voorstelling voor de vrijwilligersavond', 0, 0, 300, null),
    -- The edition two years ago: 8 matches in three corners.
    (21, 'e0000000-0000-4000-8000-000000000003', 'Helpende handen', '01', '23', 'carried_out', 'hands',
     'Een nieuwe vloer in de keuken van het dorpshuis', 'Een gratis zaal voor de nieuwjaarsborrel', 20, 0, 400, 600),
    (22, 'e0000000-0000-4000-8000-000000000003', 'Helpende handen', '02', '21', 'carried_out', 'hands',
     'Schilderwerk van de kleedkamers', 'Vrijwilligers bij de open dag', 16, 0, 200, 580),
    (23, 'e0000000-0000-4000-8000-000000000003', 'Helpende handen', '06', '22', 'not_feasible', 'hands',
     'Vervoer van de instrumenten naar het concours', 'Muziek bij de open dag', 4, 0, 0, 560),
    (24, 'e0000000-0000-4000-8000-000000000003', 'Kennis en kunde', '04', '27', 'carried_out', 'expertise',
     'Het archief gedigitaliseerd op een nieuwe server', 'Een lezing voor het personeel', 0, 16, 600, 500),
    (25, 'e0000000-0000-4000-8000-000000000003', 'Kennis en kunde', '05', '21', 'carried_out', 'expertise',
     'Hulp bij de ledenadministratie', 'Een clinic voor de kinderen van het personeel', 0, 8, 0, 590),
    (26, 'e0000000-0000-4000-8000-000000000003', 'Middelen en materialen', '07', '24', 'carried_out', 'materials',
     'Kerstpakketten van het personeelsfeest', 'Vermelding in de nieuwsbrief', 0, 0, 900, 620),
    (27, 'e0000000-0000-4000-8000-000000000003', 'Middelen en materialen', '10', '22', 'carried_out', 'materials',
     'Drukwerk voor het jubileumconcert', 'Logo in het programmaboekje', 0, 0, 480, 570),
    (28, 'e0000000-0000-4000-8000-000000000003', 'Middelen en materialen', '03', '27', 'not_feasible', 'materials',
     'Oude bakkersgereedschappen voor een tentoonstelling', 'Een rondleiding', 0, 0, 250, 540)
  ) as v (n, edition, corner, giver, receiver, state, category, what_given, in_return, hands, expertise, materials, closed);

insert into public.deals (
  id, municipality_id, giver_organisation_id, receiver_organisation_id, started_by, started_by_organisation_id,
  state, giver_accepted_at, receiver_accepted_at, category, what_given, in_return, hours_hands, hours_expertise,
  materials_value, deadline, rate_id, agreed_at, closed_at, created_at, updated_at, event_edition_id, event_corner_id
)
select ('d1000000-0000-4000-8000-' || lpad(s.n::text, 12, '0'))::uuid, '00000000-0000-4000-8000-000000000001',
       s.giver, s.receiver, '00000000-0000-4000-8000-0000000000a4', s.giver, s.state,
       e.event_date + e.ends_at, e.event_date + e.ends_at, s.category, s.what_given, s.in_return,
       s.hours_hands, s.hours_expertise, s.materials_value,
       -- Running ones still have time; closed ones were due within the year.
       case when s.closed_days is null then current_date + 60 else e.event_date + 365 end,
       private.rate_on('00000000-0000-4000-8000-000000000001', current_date),
       e.event_date + e.ends_at,
       case when s.closed_days is not null then now() - make_interval(days => s.closed_days) end,
       e.event_date + e.starts_at, now() - make_interval(days => coalesce(s.closed_days, 30)),
       s.edition, c.id
  from seed_event_deals s
  join public.event_editions e on e.id = s.edition
  left join public.event_corners c on c.edition_id = s.edition and c.name = s.corner
on conflict do nothing;

-- The match forms the notaris ratified into those deals.
insert into public.event_matches (
  id, edition_id, municipality_id, corner_id, giver_organisation_id, receiver_organisation_id, category,
  what_given, in_return, hours_hands, hours_expertise, materials_value, state, recorded_by, recorded_at,
  decided_by, decided_at, deal_id, created_at
)
select ('f1000000-0000-4000-8000-' || lpad(s.n::text, 12, '0'))::uuid, d.event_edition_id, d.municipality_id,
       d.event_corner_id, d.giver_organisation_id, d.receiver_organisation_id, d.category, d.what_given,
       d.in_return, d.hours_hands, d.hours_expertise, d.materials_value, 'ratified',
       '00000000-0000-4000-8000-0000000000a4', d.created_at, '00000000-0000-4000-8000-0000000000a1',
       d.agreed_at, d.id, d.created_at
  from seed_event_deals s
  join public.deals d on d.id = ('d1000000-0000-4000-8000-' || lpad(s.n::text, 12, '0'))::uuid
on conflict do nothing;

-- Their history: the form from the beursvloer, the notaris's ratification, and what came of it.
insert into public.deal_events (deal_id, municipality_id, actor_id, actor_organisation_id, action, from_state, to_state, message, created_at)
select d.id, d.municipality_id, null, null, x.action, x.from_state::public.deal_state, x.to_state::public.deal_state,
       x.message, x.at
  from public.deals d
  join seed_event_deals s on d.id = ('d1000000-0000-4000-8000-' || lpad(s.n::text, 12, '0'))::uuid
 cross join lateral (values
   ('started', null, 'interested', 'Matchformulier van de beursvloer', d.created_at),
   ('agreed', 'interested', 'agreed', 'Bekrachtigd door de notaris op de beursvloer', d.agreed_at),
   ('state_changed', 'agreed', d.state::text,
    case d.state when 'carried_out' then 'Uitgevoerd.' when 'not_feasible' then 'Toch niet haalbaar gebleken.' else 'We zijn begonnen.' end,
    coalesce(d.closed_at, d.agreed_at + interval '30 days'))
 ) as x (action, from_state, to_state, message, at)
 where not exists (select 1 from public.deal_events y where y.deal_id = d.id)
 order by x.at;

-- Both organisations' contact details, as the ratification copies them.
insert into public.deal_contacts (deal_id, organisation_id, municipality_id, email, phone)
select d.id, o.id, d.municipality_id, c.email, c.phone
  from public.deals d
  join seed_event_deals s on d.id = ('d1000000-0000-4000-8000-' || lpad(s.n::text, 12, '0'))::uuid
  join public.organisations o on o.id in (d.giver_organisation_id, d.receiver_organisation_id)
  left join public.organisation_contacts c on c.organisation_id = o.id
on conflict do nothing;

drop table seed_event_deals;
