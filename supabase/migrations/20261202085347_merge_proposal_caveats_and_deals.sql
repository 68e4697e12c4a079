-- replace_match_proposals as both branches meant it: it stores caveats and skips pairs that have a deal (two migrations of the same day each replaced it without the other's change).

set check_function_bodies = off;

CREATE OR REPLACE FUNCTION public.replace_match_proposals(p_municipality uuid, p_proposals jsonb, p_request_ids uuid[] DEFAULT NULL::uuid[], p_listing_ids uuid[] DEFAULT '{}'::uuid[], p_cycles jsonb DEFAULT NULL::jsonb)
 RETURNS jsonb
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO ''
AS $function$
declare
  v_full boolean := p_request_ids is null;
  v_written integer;
  v_deleted integer;
  v_stale integer;
  v_cycles integer;
begin
  if jsonb_typeof(coalesce(p_proposals, '[]'::jsonb)) <> 'array' then
    raise exception 'p_proposals must be an array' using errcode = '22023';
  end if;
  -- One writer per municipality at a time, across server processes: a full batch and an
  -- incremental update never interleave their deletes and inserts.
  perform pg_advisory_xact_lock(hashtext('match_proposals'), hashtext(p_municipality::text));

  with incoming as (
    select distinct on (request_id, offer_id) *
    from (
      select (e ->> 'request')::uuid as request_id,
             (e ->> 'offer')::uuid as offer_id,
             least(greatest(coalesce((e ->> 'score')::real, 0), 0), 1) as score,
             case when jsonb_typeof(e -> 'reasons') = 'array' then e -> 'reasons' else '[]'::jsonb end as reasons,
             case when jsonb_typeof(e -> 'caveats') = 'array' then e -> 'caveats' else '[]'::jsonb end as caveats
      from jsonb_array_elements(coalesce(p_proposals, '[]'::jsonb)) e
    ) raw
    order by request_id, offer_id, score desc
  ),
  valid as (
    select i.request_id, i.offer_id, i.score, i.reasons, i.caveats,
           r.organisation_id as request_organisation_id, o.organisation_id as offer_organisation_id
    from incoming i
    join public.listings r on r.id = i.request_id
    join public.listings o on o.id = i.offer_id
    where r.organisation_id <> o.organisation_id
      and private.listing_is_live(r.id, p_municipality, 'request')
      and private.listing_is_live(o.id, p_municipality, 'offer')
      and not exists (select 1 from public.proposal_dismissals d
                       where d.request_id = i.request_id and d.offer_id = i.offer_id
                         and d.municipality_id = p_municipality)
      and not exists (select 1 from public.matchmaker_decisions m
                       where m.request_id = i.request_id and m.offer_id = i.offer_id and m.decision = 'veto'
                         and m.municipality_id = p_municipality)
      -- a pair with a deal going on or done is past proposing (deals: 60_deals.sql)
      and not exists (select 1 from public.deals dl
                       where dl.offer_id = i.offer_id and dl.request_id = i.request_id
                         and dl.state in ('interested', 'agreed', 'in_progress', 'carried_out'))
  ),
  removed as (
    delete from public.match_proposals mp
     where mp.municipality_id = p_municipality
       and (v_full or mp.request_id = any (p_request_ids)
            or mp.request_id = any (p_listing_ids) or mp.offer_id = any (p_listing_ids))
       and not exists (select 1 from valid v where v.request_id = mp.request_id and v.offer_id = mp.offer_id)
       -- a pinned pair stays, as long as both listings are open and nobody dismissed it
       and not (
         exists (select 1 from public.matchmaker_decisions m
                  where m.request_id = mp.request_id and m.offer_id = mp.offer_id and m.decision = 'pin'
                    and m.municipality_id = p_municipality)
         and private.listing_is_live(mp.request_id, p_municipality, 'request')
         and private.listing_is_live(mp.offer_id, p_municipality, 'offer')
         and not exists (select 1 from public.proposal_dismissals d
                          where d.request_id = mp.request_id and d.offer_id = mp.offer_id
                            and d.municipality_id = p_municipality)
       )
    returning 1
  ),
  written as (
    insert into public.match_proposals as mp (
      municipality_id, request_id, offer_id, request_organisation_id, offer_organisation_id, score, reasons, caveats,
      computed_at
    )
    select p_municipality, v.request_id, v.offer_id, v.request_organisation_id, v.offer_organisation_id,
           v.score, v.reasons, v.caveats, now()
    from valid v
    on conflict (request_id, offer_id) do update
      set score = excluded.score, reasons = excluded.reasons, caveats = excluded.caveats,
          computed_at = excluded.computed_at
    returning 1
  )
  select (select count(*) from written), (select count(*) from removed) into v_written, v_deleted;

  -- A pin the engine never proposed (or no longer does) is still shown, without a score of its own.
  insert into public.match_proposals (
    municipality_id, request_id, offer_id, request_organisation_id, offer_organisation_id, score, reasons
  )
  select p_municipality, m.request_id, m.offer_id, r.organisation_id, o.organisation_id, 0, '[]'::jsonb
  from public.matchmaker_decisions m
  join public.listings r on r.id = m.request_id
  join public.listings o on o.id = m.offer_id
  where m.municipality_id = p_municipality and m.decision = 'pin'
    and (v_full or m.request_id = any (p_request_ids)
         or m.request_id = any (p_listing_ids) or m.offer_id = any (p_listing_ids))
    and r.organisation_id <> o.organisation_id
    and private.listing_is_live(r.id, p_municipality, 'request')
    and private.listing_is_live(o.id, p_municipality, 'offer')
    and not exists (select 1 from public.proposal_dismissals d
                     where d.request_id = m.request_id and d.offer_id = m.offer_id
                       and d.municipality_id = p_municipality)
  on conflict (request_id, offer_id) do nothing;

  -- Listings closed, paused or expired since they were proposed, wherever they appear.
  with gone as (
    delete from public.match_proposals mp
     where mp.municipality_id = p_municipality
       and not (private.listing_is_live(mp.request_id, p_municipality, 'request')
                and private.listing_is_live(mp.offer_id, p_municipality, 'offer'))
    returning 1
  )
  select count(*) into v_stale from gone;
  delete from public.exchange_cycles c
   where c.municipality_id = p_municipality
     and exists (select 1 from unnest(c.members) m(id)
                  where not (private.listing_is_live(m.id, p_municipality, 'offer')
                             or private.listing_is_live(m.id, p_municipality, 'request')));

  if p_cycles is not null then
    delete from public.exchange_cycles c where c.municipality_id = p_municipality;
    with incoming as (
      select array(select x::uuid from jsonb_array_elements_text(e -> 'members') x) as members,
             least(greatest(coalesce((e ->> 'score')::real, 0), 0), 1) as score,
             case when jsonb_typeof(e -> 'reasons') = 'array' then e -> 'reasons' else '[]'::jsonb end as reasons
      from jsonb_array_elements(p_cycles) e
      where jsonb_typeof(e -> 'members') = 'array'
    ),
    inserted as (
      insert into public.exchange_cycles (municipality_id, members, organisation_ids, score, reasons)
      select p_municipality, i.members,
             array(select l.organisation_id
                     from unnest(i.members) with ordinality m(id, n)
                     join public.listings l on l.id = m.id
                    order by m.n),
             i.score, i.reasons
      from incoming i
      -- the table holds rounds of 3 to 8 listings; every listing open in this municipality
      where cardinality(i.members) between 3 and 8
        and not exists (select 1 from unnest(i.members) m(id)
                         where not (private.listing_is_live(m.id, p_municipality, 'offer')
                                    or private.listing_is_live(m.id, p_municipality, 'request')))
        and not exists (select 1 from public.proposal_dismissals d
                         where d.request_id = any (i.members) and d.offer_id = any (i.members)
                           and d.municipality_id = p_municipality)
        and not exists (select 1 from public.matchmaker_decisions m
                         where m.decision = 'veto' and m.request_id = any (i.members) and m.offer_id = any (i.members)
                           and m.municipality_id = p_municipality)
      on conflict (municipality_id, members) do nothing
      returning 1
    )
    select count(*) into v_cycles from inserted;
  end if;

  return jsonb_build_object(
    'written', v_written,
    'deleted', v_deleted + v_stale,
    'cycles', v_cycles
  );
end
$function$
;
