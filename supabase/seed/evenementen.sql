-- Demo beursvloer editions in Hellendoorn: last year's, with its registrations, and the coming
-- one, published and open for registration (no registrations yet, so the demo accounts can
-- register). Dates are relative to the day the database is made. Uses seed.sql's organisations
-- (this file runs before listings.sql: name order).

insert into public.event_editions (id, municipality_id, title, event_date, starts_at, ends_at, venue,
                                   registration_opens_on, registration_closes_on, published, registration_closed,
                                   created_by)
values
  ('e0000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000001',
   'Maatschappelijke Beursvloer Hellendoorn ' || extract(year from current_date - 300)::text,
   current_date - 300, '19:30', '21:00', 'Dorpshuis De Kern, Nijverdal',
   current_date - 360, current_date - 307, true, true, '00000000-0000-4000-8000-0000000000a1'),
  ('e0000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001',
   'Maatschappelijke Beursvloer Hellendoorn ' || extract(year from current_date + 35)::text,
   current_date + 35, '19:30', '21:00', 'Sporthal De Kolk, Hellendoorn',
   current_date - 7, current_date + 28, true, false, '00000000-0000-4000-8000-0000000000a1');

insert into public.event_corners (edition_id, municipality_id, name, host_name, position)
select e.id, '00000000-0000-4000-8000-000000000001', c.name, c.host, c.position
  from (values ('e0000000-0000-4000-8000-000000000001'::uuid), ('e0000000-0000-4000-8000-000000000002'::uuid)) as e (id)
 cross join (values
   ('Helpende handen', 'Gerrit Pluimers', 0),
   ('Kennis en kunde', 'Annelies Wolters', 1),
   ('Middelen en materialen', 'Jan Hofman', 2),
   ('Ruimte en faciliteiten', '', 3)
 ) as c (name, host, position);

insert into public.event_registrations (edition_id, organisation_id, municipality_id, people, brings, seeks,
                                        arrival_time, registered_by, created_at, updated_at)
values
  ('e0000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-0000000000b2',
   '00000000-0000-4000-8000-000000000001', 2,
   'Kennis van hygiëne en voedselveiligheid; brood en gebak voor een open dag.',
   'Handen bij het verbouwen van de winkel.', null, '00000000-0000-4000-8000-0000000000a2',
   now() - interval '320 days', now() - interval '320 days'),
  ('e0000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-0000000000b3',
   '00000000-0000-4000-8000-000000000001', 4,
   'Muziek bij een opening of jubileum; vrijwilligers voor opbouwen.',
   'Een repetitieruimte op maandag en hulp bij de ledenadministratie.', '20:00',
   '00000000-0000-4000-8000-0000000000a3', now() - interval '315 days', now() - interval '315 days');

-- The scoreboard links of both editions. Fixed tokens so the demo's projector link is known
-- (/beursvloer/scorebord/5c0eb0a4d0000000...0001); a real edition's token comes from
-- renew_event_scoreboard (244 random bits).
insert into public.event_scoreboards (edition_id, municipality_id, token, created_by)
values
  ('e0000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000001',
   '5c0eb0a4d0000000000000000000000000000000000000000000000000000001',
   '00000000-0000-4000-8000-0000000000a1'),
  ('e0000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001',
   '5c0eb0a4d0000000000000000000000000000000000000000000000000000002',
   '00000000-0000-4000-8000-0000000000a1');
