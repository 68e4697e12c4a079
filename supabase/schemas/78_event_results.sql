-- The beursvloer after the event: the results of an edition for its public page and the report
-- for the council (HTML, CSV, PDF), and per edition how its matches fared in the follow-up.
-- A match of an edition is a deal ratified at it: deals.event_edition_id set and agreed_at set
-- (whatever became of it later: the follow-up counts say that). Its value is
-- private.deal_social_value (the rates of the day it was agreed).
--
-- "By village" counts a match under the place of the RECEIVING organisation (party B, usually
-- the voluntary organisation): where the help lands. So every match is counted once and the
-- villages add up to the total. "By kind" counts each match under the pair of kinds (giver ->
-- receiver), which adds up to the total as well.

-- Matches of one edition: its ratified deals.
create index deals_event_edition_agreed_idx on public.deals (event_edition_id) where agreed_at is not null;

-- The results of an edition as one JSON document (see src/lib/server/events/results.ts):
--   edition: id, title, event_date, starts_at, ends_at, venue, municipality
--   totals: matches, value, registered_organisations, people, organisations, by_kind {kind: n}
--   corners: [{ id, name, matches, value }] (every corner, then matches without a corner)
--   places: [{ place, matches, value }] (receiving party's place; null: unknown)
--   kinds: [{ giver_kind, receiver_kind, matches, value }]
--   organisations: [{ name, kind, place }] (registered or party to a match; names only)
--   followup: { agreed, in_progress, carried_out, not_feasible, cancelled }
--   editions: [{ id, title, event_date, current, matches, value, organisations, people,
--                agreed, in_progress, carried_out, not_feasible, cancelled }] (this one and the
--                municipality's earlier ones the caller may see, oldest first)
-- Visible to everyone for a published edition whose day has come; to the municipality's staff
-- for any of theirs. Otherwise "edition not found" (hint not_found), for an unpublished, future
-- or unknown edition alike. No contact details: organisations' names, kinds and places only.
create or replace function public.event_results(p_edition uuid) returns jsonb
language plpgsql stable security definer
set search_path = ''
as $$
declare
  ed public.event_editions;
  staff boolean;
  result jsonb;
begin
  select * into ed from public.event_editions e where e.id = p_edition;
  if not found then
    raise exception 'edition not found' using errcode = 'P0001', hint = 'not_found';
  end if;
  staff := private.is_municipality_staff(ed.municipality_id);
  if not staff and not (ed.published and ed.event_date <= private.today()) then
    raise exception 'edition not found' using errcode = 'P0001', hint = 'not_found';
  end if;

  with matches as (
    select d.id, d.state, d.event_corner_id, private.deal_social_value(d) as value,
           g.kind as giver_kind, r.kind as receiver_kind, nullif(btrim(r.place), '') as place
      from public.deals d
      join public.organisations g on g.id = d.giver_organisation_id
      join public.organisations r on r.id = d.receiver_organisation_id
     where d.event_edition_id = ed.id and d.agreed_at is not null
  ),
  participants as (
    select o.id, o.name, o.kind, nullif(btrim(o.place), '') as place
      from public.organisations o
     where o.id in (
       select x.organisation_id from public.event_registrations x where x.edition_id = ed.id
       union
       select d.giver_organisation_id from public.deals d where d.event_edition_id = ed.id and d.agreed_at is not null
       union
       select d.receiver_organisation_id from public.deals d where d.event_edition_id = ed.id and d.agreed_at is not null
     )
  )
  select jsonb_build_object(
    'edition', jsonb_build_object(
      'id', ed.id, 'title', ed.title, 'event_date', ed.event_date, 'starts_at', ed.starts_at,
      'ends_at', ed.ends_at, 'venue', ed.venue,
      'municipality', (select m.name from public.municipalities m where m.id = ed.municipality_id)),
    'totals', jsonb_build_object(
      'matches', (select count(*) from matches),
      'value', (select coalesce(sum(value), 0) from matches),
      'registered_organisations', (select count(*) from public.event_registrations x where x.edition_id = ed.id),
      'people', (select coalesce(sum(x.people), 0) from public.event_registrations x where x.edition_id = ed.id),
      'organisations', (select count(*) from participants),
      'by_kind', (select coalesce(jsonb_object_agg(k.kind, k.n), '{}'::jsonb)
                    from (select p.kind, count(*) as n from participants p group by p.kind) k)),
    'corners', coalesce((
      select jsonb_agg(jsonb_build_object('id', c.id, 'name', c.name, 'matches', c.matches, 'value', c.value)
                       order by c.sort, c.position, c.name)
        from (
          select 0 as sort, co.id, co.name, co.position,
                 count(m.id) as matches, coalesce(sum(m.value), 0) as value
            from public.event_corners co
            left join matches m on m.event_corner_id = co.id
           where co.edition_id = ed.id
           group by co.id
          union all
          select 1, null, null, 0, count(*), coalesce(sum(m.value), 0)
            from matches m
           where m.event_corner_id is null
          having count(*) > 0
        ) c
    ), '[]'::jsonb),
    'places', coalesce((
      select jsonb_agg(jsonb_build_object('place', p.place, 'matches', p.matches, 'value', p.value)
                       order by p.matches desc, p.place nulls last)
        from (select m.place, count(*) as matches, sum(m.value) as value from matches m group by m.place) p
    ), '[]'::jsonb),
    'kinds', coalesce((
      select jsonb_agg(jsonb_build_object('giver_kind', k.giver_kind, 'receiver_kind', k.receiver_kind,
                                          'matches', k.matches, 'value', k.value)
                       order by k.matches desc, k.giver_kind, k.receiver_kind)
        from (select m.giver_kind, m.receiver_kind, count(*) as matches, sum(m.value) as value
                from matches m group by m.giver_kind, m.receiver_kind) k
    ), '[]'::jsonb),
    'organisations', coalesce((
      select jsonb_agg(jsonb_build_object('name', p.name, 'kind', p.kind, 'place', p.place)
                       order by lower(p.name), p.id)
        from participants p
    ), '[]'::jsonb),
    'followup', (
      select jsonb_build_object(
        'agreed', count(*) filter (where m.state = 'agreed'),
        'in_progress', count(*) filter (where m.state = 'in_progress'),
        'carried_out', count(*) filter (where m.state = 'carried_out'),
        'not_feasible', count(*) filter (where m.state = 'not_feasible'),
        'cancelled', count(*) filter (where m.state = 'cancelled'))
        from matches m),
    'editions', (
      select jsonb_agg(jsonb_build_object(
               'id', e.id, 'title', e.title, 'event_date', e.event_date, 'current', e.id = ed.id,
               'matches', s.matches, 'value', s.value, 'organisations', s.organisations, 'people', s.people,
               'agreed', s.agreed, 'in_progress', s.in_progress, 'carried_out', s.carried_out,
               'not_feasible', s.not_feasible, 'cancelled', s.cancelled)
             order by e.event_date, e.id)
        from public.event_editions e
        cross join lateral (
          select count(*) as matches,
                 coalesce(sum(private.deal_social_value(d)), 0) as value,
                 count(*) filter (where d.state = 'agreed') as agreed,
                 count(*) filter (where d.state = 'in_progress') as in_progress,
                 count(*) filter (where d.state = 'carried_out') as carried_out,
                 count(*) filter (where d.state = 'not_feasible') as not_feasible,
                 count(*) filter (where d.state = 'cancelled') as cancelled,
                 (select count(*) from public.event_registrations x where x.edition_id = e.id) as organisations,
                 (select coalesce(sum(x.people), 0) from public.event_registrations x where x.edition_id = e.id) as people
            from public.deals d
           where d.event_edition_id = e.id and d.agreed_at is not null
        ) s
       where e.municipality_id = ed.municipality_id
         and (e.event_date < ed.event_date or e.id = ed.id)
         and (staff or (e.published and e.event_date <= private.today())))
  ) into result;
  return result;
end
$$;
revoke execute on function public.event_results(uuid) from public;
grant execute on function public.event_results(uuid) to anon, authenticated;
comment on function public.event_results(uuid) is
  'The results of a beursvloer edition (matches and social value by corner, village and kind of organisation, participants, earlier editions, follow-up), for the results page and the council''s report.
advisor: anon may execute: it answers only for a published edition whose day has come, with totals and organisation names, never contact details.
advisor: authenticated may execute: the same public results, and the municipality''s staff see any of their editions.';
