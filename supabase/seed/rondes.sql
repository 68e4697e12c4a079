-- The coming edition's conversation schedule (issue 15): 9 rounds of 4 minutes at 6 tables, and
-- registrations of Bakkerij Nijhuis (bakker@, so the demo shows a participant's route) and of
-- listings.sql's businesses and clubs, some arriving later. No schedule yet: the admin makes it
-- on /beheer/evenementen/<id>/schema. Runs after listings.sql (name order), whose organisations
-- it registers; Concordia Haarle (penningmeester@) stays unregistered so the demo can register it.

update public.event_editions
   set schedule_rounds = 9, schedule_tables = 6, schedule_minutes = 4
 where id = 'e0000000-0000-4000-8000-000000000002';

insert into public.event_registrations (edition_id, organisation_id, municipality_id, people, brings, seeks,
                                        arrival_time, registered_by, created_at, updated_at)
select 'e0000000-0000-4000-8000-000000000002', r.org::uuid, '00000000-0000-4000-8000-000000000001', r.people,
       r.brings, r.seeks, r.arrival::time, null, now() - interval '3 days', now() - interval '3 days'
  from (values
    ('00000000-0000-4000-8000-0000000000b2', 2, 'Brood en gebak; kennis van hygiëne in de keuken.', 'Muziek bij de opening van de winkel.', null),
    ('a0000000-0000-4000-8000-000000000001', 2, 'Handen en materiaal voor verbouwingen.', '', null),
    ('a0000000-0000-4000-8000-000000000002', 1, 'Schilderwerk.', '', '19:42'),
    ('a0000000-0000-4000-8000-000000000004', 2, 'Computerhulp en laptops.', '', null),
    ('a0000000-0000-4000-8000-000000000005', 1, 'Hulp bij de administratie.', '', null),
    ('a0000000-0000-4000-8000-000000000006', 2, 'Vervoer en een bestelbus.', '', null),
    ('a0000000-0000-4000-8000-000000000010', 1, 'Drukwerk.', '', '19:50'),
    ('a0000000-0000-4000-8000-000000000012', 1, 'Advies over de jaarrekening.', '', null),
    ('a0000000-0000-4000-8000-000000000021', 3, 'Vrijwilligers.', 'Schilderwerk en computerhulp.', null),
    ('a0000000-0000-4000-8000-000000000023', 2, 'Een zaal.', 'Vrijwilligers en een koelkast.', null),
    ('a0000000-0000-4000-8000-000000000024', 2, 'Vrijwilligers.', 'Chauffeurs, koelruimte en hulp bij de jaarrekening.', null),
    ('a0000000-0000-4000-8000-000000000026', 2, 'Hulp bij uw bedrijfsuitje.', 'Vervoer van kampmateriaal.', '19:42'),
    ('a0000000-0000-4000-8000-000000000029', 1, 'Reparaties.', 'Een elektricien en gereedschap.', null),
    ('a0000000-0000-4000-8000-000000000031', 2, 'Een voorstelling.', 'Decorbouwers en opslag.', null)
  ) as r (org, people, brings, seeks, arrival)
 where exists (select 1 from public.organisations o where o.id = r.org::uuid)
on conflict do nothing;
